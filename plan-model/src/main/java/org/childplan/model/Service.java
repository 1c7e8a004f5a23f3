package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.childplan.model.internal.Copies;
import org.hibernate.validator.constraints.UniqueElements;
import org.apiguardian.api.API;
import org.childplan.model.validation.Identifier;

/**
 * A service in the plan's area: a children's service or a related service (2014 Act, s7).
 *
 * @param id the identifier of this service
 * @param name the service's name
 * @param kind whether it is a children's service or a related service
 * @param description what it does
 * @param provider id of the {@link Body} that provides it, or {@code null} when not stated
 * @param continuum the levels of the continuum of need it meets (universal and primary prevention, early
 *     intervention, targeted, intensive); empty when the plan does not place it
 * @param category what kind of related service it is (adult mental health, drug and alcohol, justice, ...), or
 *     {@code null} when not stated or when it is a children's service
 * @param extensions free-form data that the model does not describe
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Service(
        @NotBlank @Identifier String id,
        @NotBlank String name,
        @NotNull ServiceKind kind,
        String description,
        String provider,
        @UniqueElements List<@NotNull NeedLevel> continuum,
        RelatedServiceCategory category,
        Map<String, Object> extensions) {

    /** Copies the list and the map so that the record stays immutable. */
    public Service {
        continuum = Copies.list(continuum);
        extensions = Copies.map(extensions);
    }
}
