package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * A document a plan file encodes or draws on, so that a reader can check the encoding against its source.
 *
 * @param title the document's title
 * @param publisher who published it
 * @param date when it was published or considered, as the source gives it: a day, a month ({@code 2024-09}) or a
 *     year, or {@code null}
 * @param reference a reference that finds it (a file name, a minute number)
 * @param url where it is published
 * @param note what the file takes from it and what it leaves out
 * @param kind what kind of document it is (the plan itself, a committee report, a news item...), or {@code null}
 *     when not said, which is read as the plan itself
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record SourceDocument(@NotBlank String title, String publisher, @SupportedDate PartialDate date,
        String reference, String url, String note, SourceKind kind) {

    /** A source dated by its day, as every source was recorded before dates could be partial. */
    public SourceDocument(String title, String publisher, LocalDate date, String reference, String url, String note,
            SourceKind kind) {
        this(title, publisher, date == null ? null : PartialDate.of(date), reference, url, note, kind);
    }

    /** A source of unstated kind, dated by its day. */
    public SourceDocument(String title, String publisher, LocalDate date, String reference, String url, String note) {
        this(title, publisher, date, reference, url, note, null);
    }

    /**
     * Whether this source shows only part of the plan (see {@link SourceKind#isPartial()}); not named as a getter,
     * so that it is not read or written as a property.
     */
    public boolean showsPartOfAPlan() {
        return kind != null && kind.isPartial();
    }
}
