package org.incidentdesk.intake.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.intake.config.IntakeConfig;

/** The services an outage can be reported for ({@code incident-desk.intake.service-catalogue}). */
@ApplicationScoped
public class ServiceCatalogue {

    private final List<String> names;

    public ServiceCatalogue(IntakeConfig config) {
        this.names = List.copyOf(config.serviceCatalogue());
    }

    /** The catalogue's spelling of {@code name}, whatever its case. */
    public Optional<String> find(String name) {
        String wanted = name.strip();
        return names.stream().filter(wanted::equalsIgnoreCase).findFirst();
    }

    public List<String> names() {
        return names;
    }
}
