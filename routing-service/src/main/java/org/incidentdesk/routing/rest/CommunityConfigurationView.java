package org.incidentdesk.routing.rest;

import java.time.Instant;

import org.incidentdesk.routing.domain.CommunitySettings;
import org.incidentdesk.routing.service.CommunityConfigurations.VersionedSettings;

/**
 * A community's configuration at one version.
 *
 * @param version 0 when the community inherits the organisation's defaults
 * @param changedBy the staff member who saved this version (none for the defaults)
 */
public record CommunityConfigurationView(String community, int version, boolean organisationDefaults,
        CommunitySettings settings, String changedBy, Instant changedAt) {

    static CommunityConfigurationView of(VersionedSettings versioned) {
        return new CommunityConfigurationView(versioned.community(), versioned.version(), versioned.version() == 0,
                versioned.settings(), versioned.changedBy(), versioned.changedAt());
    }
}
