/**
 * The command line's workings: reading files for it, rendering reports. Not an API; it changes without notice.
 */
package org.childplan.cli.internal;
