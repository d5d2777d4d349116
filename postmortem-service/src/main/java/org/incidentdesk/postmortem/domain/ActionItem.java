package org.incidentdesk.postmortem.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something to do so that the incident does not happen again: owned, due, optionally tracked elsewhere. */
@Entity
@Table(name = "action_item")
public class ActionItem {

    @Id
    public UUID id;

    @Column(name = "postmortem_id", nullable = false)
    public UUID postmortemId;

    @Column(nullable = false)
    public String description;

    /** The staff member's user name. */
    @Column(nullable = false)
    public String owner;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "tracker_url")
    public String trackerUrl;

    /** Internal action items are left out of the public view. */
    @Column(nullable = false)
    public boolean internal;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When it was found past its due date and announced, once. */
    @Column(name = "overdue_at")
    public Instant overdueAt;
}
