/**
 * The states, their regions and the organisations that work with returnees: ministries and agencies by sector,
 * security and justice bodies, mahalla committees, civil-society, international and regional organisations, and
 * the Council's secretariat. Every user and every record is placed somewhere in this map.
 */
package org.homeward.organizations;
