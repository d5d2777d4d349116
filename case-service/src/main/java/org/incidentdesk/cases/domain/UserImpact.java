package org.incidentdesk.cases.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How an incident affects one type of user. */
@Entity
@Table(name = "case_impact")
@IdClass(UserImpact.Key.class)
public class UserImpact {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "user_type")
    public UserType userType;

    @Column(nullable = false)
    public String description;

    public static class Key implements Serializable {

        public UUID caseId;
        public UserType userType;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caseId, key.caseId) && userType == key.userType;
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, userType);
        }
    }
}
