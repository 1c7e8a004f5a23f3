package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * What a plan does to be read by everyone it concerns: a short summary, versions for children and for readers who
 * need easy read, other languages and formats, and a glossary.
 *
 * @param summary a summary of the plan (for example a one-page summary at its start), in the plan's words
 * @param childFriendlyVersion where the version for children, young people and families is published (a web address
 *     or the document's title), or {@code null} when there is none
 * @param easyReadVersion where the easy-read version is published, or {@code null} when there is none
 * @param languages the languages other than English the plan is published in
 * @param formats other formats it is published in (for example video, audio, large print, British Sign Language)
 * @param glossary whether the plan has a glossary of the terms and acronyms it uses, or {@code null} when not
 *     recorded
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Accessibility(
        String summary,
        String childFriendlyVersion,
        String easyReadVersion,
        List<@NotBlank String> languages,
        List<@NotBlank String> formats,
        Boolean glossary) {

    /** Copies the lists so that the record stays immutable. */
    public Accessibility {
        languages = Copies.list(languages);
        formats = Copies.list(formats);
    }
}
