package org.incidentdesk.intake.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.intake.crypto.ReporterIndex;
import org.incidentdesk.intake.domain.CommunityMember;
import org.incidentdesk.intake.domain.DailyLimits;
import org.incidentdesk.intake.domain.QuotaClass;
import org.incidentdesk.intake.repository.QuotaRepository;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * How many reports a day (UTC) a member or an anonymous client address may file. Members are counted per
 * community; emergencies have their own count. Subjects are stored as keyed hashes, not names or addresses.
 */
@ApplicationScoped
public class ReportQuotas {

    private static final Logger LOG = Logger.getLogger(ReportQuotas.class);
    private static final String ANY_COMMUNITY = "*";

    private final QuotaRepository quotas;
    private final ReporterIndex index;
    private final IntakeConfig.Quotas limits;

    public ReportQuotas(QuotaRepository quotas, ReporterIndex index, IntakeConfig config) {
        this.quotas = quotas;
        this.index = index;
        this.limits = config.quotas();
    }

    public void chargeMember(String community, CommunityMember member, ReportKind kind,
            DailyLimits daily, Instant now) {
        String subject = index.of(member.username(), null);
        if (kind == ReportKind.EMERGENCY) {
            charge(community, subject, QuotaClass.EMERGENCY, daily.emergencies(), now);
        } else if (member.isIn(limits.confirmedGroup())) {
            charge(community, subject, QuotaClass.CONFIRMED_MEMBER, daily.confirmed(), now);
        } else {
            charge(community, subject, QuotaClass.UNCONFIRMED_MEMBER, daily.unconfirmed(), now);
        }
    }

    public void chargeAnonymous(String clientAddress, Instant now) {
        charge(ANY_COMMUNITY, index.hash("address:" + clientAddress), QuotaClass.ANONYMOUS_ADDRESS, limits.anonymousPerAddressPerDay(), now);
    }

    private void charge(String community, String subject, QuotaClass quotaClass, int limit, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!quotas.tryCharge(community, subject, quotaClass, today, limit)) {
            // Never silent: the refusal is answered and logged (without who or what), emergencies at WARN.
            if (quotaClass == QuotaClass.EMERGENCY) {
                LOG.warnf("Emergency report refused on %s: daily emergency quota of %d reached", community, limit);
            } else {
                LOG.infof("Report refused on %s: daily %s quota of %d reached", community, quotaClass, limit);
            }
            throw ProblemException.tooManyRequests("Daily limit of " + limit + " reports reached"
                    + (quotaClass == QuotaClass.EMERGENCY ? "; if someone is in immediate danger, call local emergency services" : ""),
                    Duration.between(now, today.plusDays(1).atStartOfDay(ZoneOffset.UTC)));
        }
    }
}
