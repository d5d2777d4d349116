package org.incidentdesk.intake.domain;

/** A rule a member must meet to report; each names the request field it is about. */
public enum EligibilityRule {
    ACCOUNT_AGE("reporter.accountCreatedAt", "the account is too new to report"),
    EDIT_COUNT("reporter.editCount", "the account has too few edits to report"),
    EMAIL_CONFIRMED("reporter.emailConfirmed", "the account's email address is not confirmed"),
    NOT_BLOCKED("reporter.blocked", "a blocked account cannot report");

    private final String field;
    private final String explanation;

    EligibilityRule(String field, String explanation) {
        this.field = field;
        this.explanation = explanation;
    }

    public String field() {
        return field;
    }

    public String explanation() {
        return explanation;
    }
}
