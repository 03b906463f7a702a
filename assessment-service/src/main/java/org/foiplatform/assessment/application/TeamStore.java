package org.foiplatform.assessment.application;

import java.util.List;

/** The authority's teams, as an admin lists them. */
public interface TeamStore {

    /** The teams by name, A to Z. */
    List<String> all();

    /** Adds the team; false if one of this name (in any case) exists. */
    boolean add(String name);

    /** Removes the team; false if there was none of this name. */
    boolean remove(String name);
}
