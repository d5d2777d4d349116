package org.incidentdesk.intake.rest;

/** The shape of a language tag in requests. */
final class Languages {

    static final String TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    static final String MESSAGE = "must be a language tag such as en or pt-BR";

    private Languages() {
    }
}
