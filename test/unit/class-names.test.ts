import { describe, expect, it } from "vitest";
import { classesNamedWithin } from "../../src/domain/classes/class-names";

const alms = { id: "championship/asian-le-mans-series", names: ["Asian Le Mans Series", "ALMS", "AsLMS"] };
const classes = [
  { id: "class/alms-lmp2", names: ["Asian Le Mans Series LMP2", "ALMS LMP2"] },
  { id: "class/alms-lmp2-am", names: ["Asian Le Mans Series LMP2 Am", "ALMS LMP2 Am"] },
  { id: "class/alms-gt", names: ["Asian Le Mans Series GT", "ALMS GT"] },
];

describe("class names within a championship", () => {
  it("finds a class by its name without the championship's name or acronym", () => {
    expect(classesNamedWithin("LMP2", alms, classes)).toEqual(["class/alms-lmp2"]);
    expect(classesNamedWithin("gt", alms, classes)).toEqual(["class/alms-gt"]);
    expect(classesNamedWithin("LMP2 Am", alms, classes)).toEqual(["class/alms-lmp2-am"]);
  });

  it("finds a class by its full name, an alias or its id, and nothing for a class the championship does not have", () => {
    expect(classesNamedWithin("ALMS LMP2", alms, classes)).toEqual(["class/alms-lmp2"]);
    expect(classesNamedWithin("class/alms-gt", alms, classes)).toEqual(["class/alms-gt"]);
    expect(classesNamedWithin("LMP3", alms, classes)).toEqual([]);
    expect(classesNamedWithin("Am", alms, classes)).toEqual([]);
  });

  it("finds a class by its id typed with spaces around it", () => {
    expect(classesNamedWithin("  class/alms-gt ", alms, classes)).toEqual(["class/alms-gt"]);
  });
});

describe("a championship's own class before a class it shares", () => {
  const elms = { id: "championship/elms", names: ["European Le Mans Series", "ELMS"] };
  const classes = [
    { id: "class/lmp2-pro-am", names: ["LMP2 Pro-Am"] },
    { id: "class/elms-lmp2-pro-am", names: ["European Le Mans Series LMP2 Pro-Am", "ELMS LMP2 Pro-Am"] },
    { id: "class/lmgt3", names: ["LMGT3"] },
  ];

  it("answers the class named for the championship when a shared class has the same name", () => {
    expect(classesNamedWithin("LMP2 Pro-Am", elms, classes)).toEqual(["class/elms-lmp2-pro-am"]);
  });

  it("still finds a shared class no class of the championship's own answers to", () => {
    expect(classesNamedWithin("LMGT3", elms, classes)).toEqual(["class/lmgt3"]);
  });

  it("answers the championship's own class when only one of its names carries the championship's name", () => {
    const withPlainAlias = [classes[0], { id: "class/elms-lmp2-pro-am", names: ["ELMS LMP2 Pro-Am", "LMP2 Pro-Am"] }];
    expect(classesNamedWithin("LMP2 Pro-Am", elms, withPlainAlias)).toEqual(["class/elms-lmp2-pro-am"]);
  });

  it("takes off the championship's name only as a whole word: the end of a shared class's name is not a class", () => {
    // "LMP2 Pro-Am" less its first five characters (as many as "ELMS ") is "Pro-Am", which names no class.
    expect(classesNamedWithin("Pro-Am", elms, classes)).toEqual([]);
  });
});
