/**
 * The service-provider interface for rule packs beyond the built-in ones: implement {@link
 * org.childplan.rules.spi.RulePack} and list it in {@code META-INF/services}.
 */
package org.childplan.rules.spi;
