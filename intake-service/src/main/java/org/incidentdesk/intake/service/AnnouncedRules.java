package org.incidentdesk.intake.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;

import org.incidentdesk.intake.domain.CommunityRules;
import org.incidentdesk.intake.domain.EligibilityPolicy;
import org.incidentdesk.intake.repository.CommunityRulesRepository;

/**
 * The rules routing-service announced for a community, read from the table every intake replica shares, at most
 * once per replica and community in {@code quarkus.cache.caffeine."announced-community-rules".expire-after-write}
 * (every report needs them; they change when staff configure the community). The replica that stores a new
 * announcement forgets its copy once that is committed; the others read it when theirs expires.
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

    /** Forgets this replica's copy once the current transaction, which stores a new announcement, commits. */
    public void forgetOnCommit(String community) {
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
    public record Snapshot(EligibilityPolicy eligibility, CommunityRulesBook.DailyLimits limits, String supportPage) {

        static Snapshot of(CommunityRules rules) {
            return new Snapshot(rules.eligibility(),
                    new CommunityRulesBook.DailyLimits(rules.unconfirmedPerDay, rules.confirmedPerDay, rules.emergenciesPerDay),
                    rules.supportPage);
        }
    }
}
