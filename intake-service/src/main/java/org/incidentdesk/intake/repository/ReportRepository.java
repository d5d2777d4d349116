package org.incidentdesk.intake.repository;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.intake.domain.Report;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {
}
