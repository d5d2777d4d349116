package org.incidentdesk.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.incidentdesk.intake.domain.CommunityRules;

@ApplicationScoped
public class CommunityRulesRepository implements PanacheRepositoryBase<CommunityRules, String> {
}
