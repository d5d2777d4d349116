package org.incidentdesk.testsupport.servers;

/** Where the IRC server of the tests listens. */
public record IrcEndpoint(String host, int port) {
}
