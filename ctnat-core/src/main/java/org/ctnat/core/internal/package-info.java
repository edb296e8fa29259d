/**
 * Implementation details shared by the core packages; not exported.
 */
package org.ctnat.core.internal;
