/**
 * Files attached to tickets and messages (screenshots, screen recordings, console logs): checked by
 * content and size while they stream in, stored outside the database under random names.
 */
package no.mediaweb.supportflow.attachment;
