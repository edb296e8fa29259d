/**
 * Implementation details shared by the packages of {@code org.ctnat.io}: the byte-level CSV
 * record reader that the CSV readers of {@code org.ctnat.io} and the export readers of
 * {@code org.ctnat.io.odk} are built on. Not exported by the module: internal, and may change in
 * any release without notice.
 */
package org.ctnat.io.internal;
