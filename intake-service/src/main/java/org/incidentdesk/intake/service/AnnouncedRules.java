package org.incidentdesk.intake.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;

import org.incidentdesk.events.CommunityConfigured;
import org.incidentdesk.intake.domain.CommunityRules;
import org.incidentdesk.intake.domain.DailyLimits;
import org.incidentdesk.intake.domain.EligibilityPolicy;
import org.incidentdesk.intake.repository.CommunityRulesRepository;

/**
 * The rules routing-service announced for each community, kept in {@code community_rules}, the table every intake
 * replica shares. Every report needs them and they change only when staff configure the community, so a replica
 * reads a community's row at most once in {@code quarkus.cache.caffeine."announced-community-rules".expire-after-write}.
 * The replica that stores an announcement forgets its copy once the announcement is committed; the others read it
 * when their copy expires.
 */
@ApplicationScoped
public class AnnouncedRules {

    static final String CACHE = "announced-community-rules";

    private final CommunityRulesRepository repository;
    private final Cache cache;
    private final TransactionSynchronizationRegistry transactions;

    public AnnouncedRules(CommunityRulesRepository repository, @CacheName(CACHE) Cache cache,
            TransactionSynchronizationRegistry transactions) {
        this.repository = repository;
        this.cache = cache;
        this.transactions = transactions;
    }

    @CacheResult(cacheName = CACHE)
    public Optional<Snapshot> of(String community) {
        return repository.findByIdOptional(community).map(Snapshot::of);
    }

    /** Keeps an announcement unless a newer version is kept already; returns whether it was kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(CommunityConfigured announcement) {
        CommunityRules rules = repository.findByIdOptional(announcement.community()).orElseGet(CommunityRules::new);
        boolean isNew = rules.community == null;
        if (!rules.apply(announcement)) {
            return false;
        }
        if (isNew) {
            repository.persist(rules);
        }
        forgetOnCommit(announcement.community());
        return true;
    }

    private void forgetOnCommit(String community) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidate(community).await().indefinitely();
                }
            }
        });
    }

    /** What was announced, copied out of the entity so that it can outlive the transaction that read it. */
    public record Snapshot(EligibilityPolicy eligibility, DailyLimits limits, String supportPage) {

        static Snapshot of(CommunityRules rules) {
            return new Snapshot(rules.eligibility(),
                    new DailyLimits(rules.unconfirmedPerDay, rules.confirmedPerDay, rules.emergenciesPerDay),
                    rules.supportPage);
        }
    }
}
