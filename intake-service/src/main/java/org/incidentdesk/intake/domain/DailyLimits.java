package org.incidentdesk.intake.domain;

/** Reports a day a member may file in one community. */
public record DailyLimits(int unconfirmed, int confirmed, int emergencies) {
}
