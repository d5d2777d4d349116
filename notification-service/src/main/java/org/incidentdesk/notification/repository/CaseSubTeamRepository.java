package org.incidentdesk.notification.repository;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.notification.domain.CaseSubTeam;

@ApplicationScoped
public class CaseSubTeamRepository implements PanacheRepositoryBase<CaseSubTeam, UUID> {
}
