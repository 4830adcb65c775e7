/**
 * PDF test sheets: quiz-core's printable HTML laid out by openhtmltopdf with embedded DejaVu Sans.
 * Desktop only (the layout engine uses java.awt); parameters and results are non-null.
 */
package dev.quiz.pdf;
