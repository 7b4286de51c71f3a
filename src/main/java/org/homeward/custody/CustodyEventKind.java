package org.homeward.custody;

/** What happened to a person in custody, in the words of GC III art. 122 and GC IV art. 136. */
public enum CustodyEventKind {
    CAPTURE, INTERNMENT, TRANSFER, HOSPITAL_ADMISSION, HOSPITAL_DISCHARGE, ESCAPE, RECAPTURE, RELEASE, DEATH
}
