/**
 * Assessments of a case, defined as data and repeatable over time: the initial needs assessment (a priority per
 * domain), the best-interests assessment every child is owed, and the Reintegration Progress Index (economic, social
 * and psychosocial dimensions scored 0–1 with a composite), whose trend shows how a person's reintegration is going.
 * Who may read or record them is the case's rule ({@code CaseGrant#assessments()}); every read and record is audited.
 */
package org.homeward.assessments;
