/**
 * Files of the CT-NAT SDK: the versioned envelope ({@code format}, {@code formatVersion},
 * {@code kind}), readers and writers for JSON and YAML, and the standard 2016 instrument.
 *
 * <p>Every reader fails with {@link org.ctnat.io.CtnatReadException}, which says which source,
 * where in it (line and column, and the JSON pointer of the element) and what was expected.
 * Types are bound by explicit mapping, never by polymorphic default typing: the envelope's
 * {@code kind} decides what is read.
 */
package org.ctnat.io;
