package org.incidentdesk.routing.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.routing.domain.CommunityConfiguration;

@ApplicationScoped
public class CommunityConfigurationRepository implements PanacheRepositoryBase<CommunityConfiguration, Long> {

    public Optional<CommunityConfiguration> latest(String community) {
        return find("community", Sort.descending("version"), community).firstResultOptional();
    }

    public Optional<CommunityConfiguration> version(String community, int version) {
        return find("community = ?1 and version = ?2", community, version).firstResultOptional();
    }

    public List<CommunityConfiguration> history(String community) {
        return list("community", Sort.descending("version"), community);
    }

    /** The version in force of every community that has one, by community name. */
    public List<CommunityConfiguration> allInForce() {
        return list("from CommunityConfiguration latest where latest.version = (select max(c.version)"
                + " from CommunityConfiguration c where c.community = latest.community) order by latest.community");
    }

    /** Serialises changes to one community's configuration until the transaction ends (any number of replicas). */
    public void lockForChange(String community) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:community))")
                .setParameter("community", "community-configuration:" + community)
                .getSingleResult();
    }
}
