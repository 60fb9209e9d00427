"""Tests of the owners', reviewers' and account screens."""
