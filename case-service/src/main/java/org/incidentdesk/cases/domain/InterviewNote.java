package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a party or witness said, as the sub-team member who talked to them wrote it down. */
@Entity
@Table(name = "case_interview_note")
public class InterviewNote {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The party interviewed, when the note is about one. */
    @Column(name = "party_id")
    public UUID partyId;

    @Column(nullable = false)
    public String text;

    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
}
