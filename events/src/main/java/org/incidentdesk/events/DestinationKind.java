package org.incidentdesk.events;

/** Where a community takes the reports it handles itself. */
public enum DestinationKind {
    /** A private email address. */
    PRIVATE_EMAIL,
    /** A private queue of the community's responders (e.g. a ticket queue's name). */
    PRIVATE_QUEUE,
    /** A public on-wiki noticeboard page. */
    PUBLIC_NOTICEBOARD;

    public boolean isPublic() {
        return this == PUBLIC_NOTICEBOARD;
    }
}
