/**
 * Into the field and back: the survey of an instrument as an ODK XLSForm ({@code .xlsx}) or
 * XForm (XML), and submissions exported by ODK Central or KoboToolbox read back as validated
 * survey responses.
 */
package org.ctnat.io.odk;
