/**
 * The frame every page shares: the layout, the navigation each role gets, the language switcher and the home page
 * that tells a user what they can do. It adds no rules of its own; each module checks its own.
 */
package org.homeward.web;
