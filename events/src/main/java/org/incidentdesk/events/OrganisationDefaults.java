package org.incidentdesk.events;

/**
 * The organisation's defaults for who may report and how often (source 003), for every community that did not
 * configure its own. One place, as configuration default strings, so that intake (which applies them) and
 * routing (which shows and versions them) cannot disagree.
 */
public final class OrganisationDefaults {

    /** An account at least 3 hours old. */
    public static final String MIN_ACCOUNT_AGE = "3h";
    /** At least 1 edit. */
    public static final String MIN_EDITS = "1";
    /** A confirmed email address. */
    public static final String REQUIRE_CONFIRMED_EMAIL = "true";
    /** 1 report a day for members outside the confirmed group. */
    public static final String UNCONFIRMED_PER_DAY = "1";
    /** 5 reports a day for autoconfirmed members. */
    public static final String CONFIRMED_PER_DAY = "5";
    /** Emergencies count apart, so that other reports never use up their allowance. */
    public static final String EMERGENCIES_PER_DAY = "10";

    private OrganisationDefaults() {
    }
}
