package org.childplan.model.internal.io;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** JSON Pointers (RFC 6901) as this package writes them. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code parent} extended by the property {@code name}, escaped. */
    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} extended by the list index {@code index}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer of the element a binding error's path leads to. */
    public static String of(List<JsonMappingException.Reference> path) {
        String pointer = "";
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                pointer = child(pointer, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                pointer = child(pointer, reference.getIndex());
            }
        }
        return pointer;
    }

    /** The pointer without its last segment; the parent of the root is the root. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(0, slash);
    }

    /** The last segment, unescaped. */
    public static String lastSegment(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
