package dev.techkg.web;

/** The body of every error answer. */
record ApiError(String error, String detail) {}
