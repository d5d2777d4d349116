package org.incidentdesk.servers;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class IrcServerTest {

    @Test
    void welcomesAClientThatRegisters() throws IOException {
        Optional<IrcServer> started = IrcServer.startIfInstalled(null, 0);
        assumeTrue(started.isPresent(), "ngircd is not installed (apt-get install ngircd)");

        try (IrcServer irc = started.get();
             Socket socket = new Socket(irc.host(), irc.port())) {
            socket.setSoTimeout(10_000);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write("NICK incident-desk-bot\r\nUSER bot 0 * :Incident Desk bot\r\n");
            out.flush();

            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean welcomed = false;
            while (!welcomed && (line = in.readLine()) != null) {
                welcomed = line.matches(":\\S+ 001 incident-desk-bot .*");
            }
            assertTrue(welcomed, "no 001 welcome from ngircd");
        }
    }
}
