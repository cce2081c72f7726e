#!/usr/bin/env python3
"""Generates ontology/exercises.owx, kg's curated exercise ontology, in OWL/XML.

Input: sources/exercises.json, the 873 exercises of free-exercise-db (public domain; see
sources/LICENSE.md). The curation lives in this file as data: the muscle and equipment
hierarchies, the goals each kind of exercise serves and with what weight, the conditions and
the rules that contraindicate exercises for them, and the rule that finds variants. Run it
from anywhere; the output is deterministic:

    python3 ontology/generate.py
"""
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
BASE = "https://kg.dev/ontology/exercises"
XSD = "http://www.w3.org/2001/XMLSchema#"

# --- Muscles: the 17 muscle groups of the data, under regions, under halves of the body. ----
REGIONS = {
    "legs": ["quadriceps", "hamstrings", "calves", "glutes", "adductors", "abductors"],
    "back": ["lats", "middle back", "lower back", "traps"],
    "arms": ["biceps", "triceps", "forearms"],
    "core": ["abdominals", "lower back"],
}
HALVES = {
    "lower body": ["legs"],
    "upper body": ["back", "arms", "chest", "shoulders", "neck"],
}
# The core braces both halves; it belongs to neither alone.

# --- Equipment: the kinds in the data ("body only" is the absence of a requirement). --------
EQUIPMENT_GROUPS = {
    "free weights": ["barbell", "dumbbell", "kettlebells", "e-z curl bar"],
    "gym machines": ["machine", "cable"],
    "small equipment": ["bands", "medicine ball", "exercise ball", "foam roll"],
}
OTHER_EQUIPMENT = ["other"]

# --- Goals, and the weight (0–1) with which each category and mechanic serves them. ---------
GOALS = {
    "Strength": "Producing maximal force: heavy loads, low repetitions.",
    "Hypertrophy": "Building muscle size: moderate loads, moderate to high volume.",
    "Power": "Producing force quickly: explosive, fast movements.",
    "Endurance": "Sustaining effort: muscular and cardiovascular endurance.",
    "Mobility": "Range of motion and flexibility of joints and muscles.",
}
CATEGORY_GOALS = {
    "strength": {"Strength": 0.8, "Hypertrophy": 0.8, "Endurance": 0.3},
    "powerlifting": {"Strength": 1.0, "Power": 0.6, "Hypertrophy": 0.5},
    "olympic weightlifting": {"Power": 1.0, "Strength": 0.7},
    "plyometrics": {"Power": 0.9, "Endurance": 0.4},
    "strongman": {"Strength": 0.9, "Power": 0.6, "Endurance": 0.5},
    "cardio": {"Endurance": 1.0},
    "stretching": {"Mobility": 1.0},
}
MECHANIC_ADJUSTMENT = {  # compound lifts favour strength, isolation favours size.
    "compound": {"Strength": 0.1},
    "isolation": {"Strength": -0.2, "Hypertrophy": 0.1},
}

# --- Conditions and what they contraindicate. -----------------------------------------------
# Severity: 1 = caution (modify load or range), 2 = avoid unless cleared by a professional,
# 3 = avoid. Each rule matches on the exercise's name (a regular expression), category,
# primary muscles, force or equipment, and gives the reason shown to the user.
CONDITIONS = {
    "lower-back pain": "Pain or injury of the lumbar spine.",
    "knee pain": "Pain of the knee joint (patellofemoral pain, ligament or meniscus injury).",
    "shoulder impingement": "Pinching of the rotator cuff under the acromion in overhead work.",
    "wrist pain": "Pain of the wrist joint or its tendons.",
    "neck pain": "Pain or injury of the cervical spine.",
    "hypertension": "High blood pressure.",
    "pregnancy": "Pregnancy, past the first trimester.",
    "osteoporosis": "Low bone density with a raised risk of vertebral fracture.",
    "elbow tendinopathy": "Tennis or golfer's elbow.",
    "ankle instability": "Recurrent ankle sprains or a weak ankle.",
}
RULES = [
    ("lower-back pain", 3, r"deadlift|good morning", {}, "loads the lumbar spine in flexion under heavy weight"),
    ("lower-back pain", 2, r"bent over .*row|bent-over|t-bar row", {}, "holds the spine bent forward under load"),
    ("lower-back pain", 2, r"squat", {"equipment": "barbell"}, "compresses the spine under a bar on the back"),
    ("lower-back pain", 2, r"", {"category": "olympic weightlifting"}, "fast, heavy pulls from the floor stress the lower back"),
    ("lower-back pain", 2, r"hyperextension|superman", {}, "extends the lumbar spine against resistance"),
    ("knee pain", 3, r"jump|bound|hop|pistol", {}, "high-impact landing or deep single-leg knee flexion"),
    ("knee pain", 2, r"lunge|split squat|step.?up", {}, "deep knee flexion under load on one leg"),
    ("knee pain", 2, r"squat", {"muscle": "quadriceps"}, "deep knee flexion under load"),
    ("knee pain", 2, r"leg extension", {}, "shear on the knee at full extension under load"),
    ("shoulder impingement", 3, r"behind the neck|upright row", {}, "internal rotation with the arm raised narrows the subacromial space"),
    ("shoulder impingement", 2, r"overhead|military press|shoulder press|push press|jerk|snatch|arnold", {}, "pressing overhead with the arm fully raised"),
    ("shoulder impingement", 2, r"\bdips?\b", {}, "deep shoulder extension under body weight"),
    ("shoulder impingement", 1, r"bench press", {"equipment": "barbell"}, "heavy horizontal pressing; keep the elbows tucked"),
    ("wrist pain", 3, r"handstand", {}, "full body weight on extended wrists"),
    ("wrist pain", 2, r"push-?ups?|front squat|clean", {}, "loads the wrist in full extension"),
    ("wrist pain", 2, r"wrist", {}, "works the wrist directly"),
    ("neck pain", 3, r"behind the neck|neck bridge|headstand", {}, "loads the cervical spine"),
    ("neck pain", 2, r"", {"muscle": "neck"}, "works the neck muscles directly"),
    ("neck pain", 1, r"shrug|crunch|sit-?up", {}, "tempts pulling or straining the neck"),
    ("hypertension", 2, r"", {"category": "powerlifting"}, "maximal efforts with breath holding raise blood pressure sharply"),
    ("hypertension", 2, r"", {"category": "strongman"}, "maximal efforts with breath holding raise blood pressure sharply"),
    ("hypertension", 2, r"handstand|inverted|decline", {}, "head-down positions raise blood pressure in the head"),
    ("hypertension", 1, r"", {"force": "static", "category": "strength"}, "sustained isometric holds raise blood pressure"),
    ("pregnancy", 3, r"", {"category": "plyometrics"}, "jumping and landing risk falls and strain on the pelvic floor"),
    ("pregnancy", 3, r"", {"category": "strongman"}, "maximal loads and breath holding"),
    ("pregnancy", 2, r"crunch|sit-?up|v-up|jackknife", {}, "strains the separating abdominal wall"),
    ("pregnancy", 2, r"lying|bench press|floor press", {"category": "strength"}, "lying on the back compresses the vena cava"),
    ("pregnancy", 2, r"", {"category": "olympic weightlifting"}, "fast, heavy lifts past the belly"),
    ("osteoporosis", 3, r"crunch|sit-?up|toe touch|good morning|jackknife", {}, "loaded spinal flexion raises the risk of vertebral fracture"),
    ("osteoporosis", 3, r"russian twist|woodchop|twist", {}, "loaded spinal rotation raises the risk of vertebral fracture"),
    ("osteoporosis", 2, r"", {"category": "plyometrics"}, "high-impact landings"),
    ("elbow tendinopathy", 2, r"skullcrusher|lying triceps extension|lying .*tricep", {}, "loads the elbow tendons at full flexion"),
    ("elbow tendinopathy", 2, r"wrist curl|reverse .*curl", {}, "loads the forearm tendons at the elbow"),
    ("elbow tendinopathy", 1, r"chin-?up|pull-?up", {}, "grip and elbow flexion under body weight"),
    ("ankle instability", 3, r"box jump|depth jump|single-leg .*hop|lateral .*hop", {}, "landing on one foot or sideways"),
    ("ankle instability", 2, r"", {"category": "plyometrics"}, "jumping and landing"),
]

# --- Variants: exercises whose names differ only in implement, grip, angle or stance. -------
VARIANT_WORDS = (
    r"\b(barbell|dumbbells?|cable|kettlebells?|machine|smith|incline|decline|close-grip|"
    r"wide-grip|reverse|grip|seated|standing|one-arm|one arm|single-arm|single arm|single-leg|"
    r"one-leg|alternating|alternate|lying|flat|bench|band|ez-bar|e-z|bar|with|on|the|a|ball|"
    r"exercise|medicine|two-arm|hammer|underhand|overhand|narrow|neutral|close|wide|stance|"
    r"leverage|plate|weighted|bodyweight|body|v-bar|rope|attachment|low|high|pulley|medium)\b"
)

LEVELS = {"beginner": 1, "intermediate": 2, "expert": 3}


def slug(name):
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")


def iri(kind, name):
    return f":{kind}_{slug(name)}"


class Writer:
    def __init__(self):
        self.lines = []

    def add(self, text):
        self.lines.append("    " + text)

    def declare(self, kind, abbreviated):
        self.add(f'<Declaration><{kind} abbreviatedIRI="{abbreviated}"/></Declaration>')

    def individual(self, klass, abbreviated, label):
        self.declare("NamedIndividual", abbreviated)
        self.add(
            f'<ClassAssertion><Class abbreviatedIRI=":{klass}"/>'
            f'<NamedIndividual abbreviatedIRI="{abbreviated}"/></ClassAssertion>'
        )
        self.annotation("rdfs:label", abbreviated, label, language="en")

    def annotation(self, prop, subject, text, language=None):
        lang = f' xml:lang="{language}"' if language else ""
        self.add(
            f'<AnnotationAssertion><AnnotationProperty abbreviatedIRI="{prop}"/>'
            f"<AbbreviatedIRI>{subject}</AbbreviatedIRI>"
            f"<Literal{lang}>{escape(text)}</Literal></AnnotationAssertion>"
        )

    def data(self, prop, subject, value, datatype="string"):
        self.add(
            f'<DataPropertyAssertion><DataProperty abbreviatedIRI=":{prop}"/>'
            f'<NamedIndividual abbreviatedIRI="{subject}"/>'
            f'<Literal datatypeIRI="{XSD}{datatype}">{escape(str(value))}</Literal>'
            f"</DataPropertyAssertion>"
        )

    def relate(self, prop, subject, target, annotations=()):
        notes = "".join(
            f'<Annotation><AnnotationProperty abbreviatedIRI=":{key}"/>'
            f'<Literal datatypeIRI="{XSD}{datatype}">{escape(str(value))}</Literal></Annotation>'
            for key, value, datatype in annotations
        )
        self.add(
            f"<ObjectPropertyAssertion>{notes}"
            f'<ObjectProperty abbreviatedIRI=":{prop}"/>'
            f'<NamedIndividual abbreviatedIRI="{subject}"/>'
            f'<NamedIndividual abbreviatedIRI="{target}"/></ObjectPropertyAssertion>'
        )


def goal_weights(exercise):
    weights = dict(CATEGORY_GOALS.get(exercise["category"], {}))
    for goal, delta in MECHANIC_ADJUSTMENT.get(exercise.get("mechanic"), {}).items():
        if goal in weights:
            weights[goal] = weights[goal] + delta
    return {goal: round(min(max(weight, 0.1), 1.0), 2) for goal, weight in weights.items()}


def matches(rule, exercise):
    _, _, pattern, where, _ = rule
    if pattern and not re.search(pattern, exercise["name"], re.IGNORECASE):
        return False
    if "category" in where and exercise["category"] != where["category"]:
        return False
    if "equipment" in where and exercise.get("equipment") != where["equipment"]:
        return False
    if "muscle" in where and where["muscle"] not in exercise["primaryMuscles"]:
        return False
    if "force" in where and exercise.get("force") != where["force"]:
        return False
    return True


def variant_groups(exercises):
    groups = {}
    for exercise in exercises:
        core = re.sub(VARIANT_WORDS, " ", exercise["name"].lower().replace("-", " - "))
        core = " ".join(re.sub(r"[^a-z ]", " ", core).split())
        if core:
            groups.setdefault(core, []).append(exercise)
    for members in groups.values():
        if len(members) > 1:
            canonical = min(members, key=lambda e: (len(e["name"]), e["name"]))
            yield canonical, [e for e in members if e is not canonical]


def generate():
    exercises = json.loads((HERE / "sources" / "exercises.json").read_text())
    exercises.sort(key=lambda e: e["id"])
    w = Writer()
    for klass in ["Exercise", "MuscleGroup", "Equipment", "Goal", "Condition"]:
        w.declare("Class", f":{klass}")
    for prop in ["targets", "requires", "contraindicatedFor", "partOf", "variantOf"]:
        w.declare("ObjectProperty", f":{prop}")
    for prop in ["id", "level", "difficulty", "force", "mechanic", "category", "instructions", "description"]:
        w.declare("DataProperty", f":{prop}")
    for prop in ["role", "weight", "reason", "severity"]:
        w.declare("AnnotationProperty", f":{prop}")
    for domain, klass in [("targets", "Exercise"), ("requires", "Exercise"), ("contraindicatedFor", "Exercise"), ("variantOf", "Exercise")]:
        w.add(f'<ObjectPropertyDomain><ObjectProperty abbreviatedIRI=":{domain}"/><Class abbreviatedIRI=":{klass}"/></ObjectPropertyDomain>')
    w.add('<ObjectPropertyRange><ObjectProperty abbreviatedIRI=":requires"/><Class abbreviatedIRI=":Equipment"/></ObjectPropertyRange>')
    w.add('<ObjectPropertyRange><ObjectProperty abbreviatedIRI=":variantOf"/><Class abbreviatedIRI=":Exercise"/></ObjectPropertyRange>')

    muscles = sorted({m for e in exercises for m in e["primaryMuscles"] + e["secondaryMuscles"]})
    groups = sorted(set(REGIONS) | set(HALVES))
    for name in muscles + [g for g in groups if g not in muscles]:
        w.individual("MuscleGroup", iri("muscle", name), name)
    for region, members in sorted(REGIONS.items()):
        for member in members:
            w.relate("partOf", iri("muscle", member), iri("muscle", region))
    for half, members in sorted(HALVES.items()):
        for member in members:
            w.relate("partOf", iri("muscle", member), iri("muscle", half))

    kinds = sorted({e["equipment"] for e in exercises if e.get("equipment") not in (None, "body only")})
    for name in kinds + sorted(EQUIPMENT_GROUPS):
        w.individual("Equipment", iri("equipment", name), name)
    for group, members in sorted(EQUIPMENT_GROUPS.items()):
        for member in members:
            w.relate("partOf", iri("equipment", member), iri("equipment", group))

    for name, text in GOALS.items():
        w.individual("Goal", iri("goal", name), name)
        w.data("description", iri("goal", name), text)
    for name, text in CONDITIONS.items():
        w.individual("Condition", iri("condition", name), name)
        w.data("description", iri("condition", name), text)

    for exercise in exercises:
        subject = iri("exercise", exercise["id"])
        w.individual("Exercise", subject, exercise["name"])
        w.data("id", subject, exercise["id"])
        w.data("level", subject, exercise["level"])
        w.data("difficulty", subject, LEVELS[exercise["level"]], "integer")
        for key in ["force", "mechanic", "category"]:
            if exercise.get(key):
                w.data(key, subject, exercise[key])
        if exercise["instructions"]:
            w.data("instructions", subject, "\n".join(exercise["instructions"]))
        primary = exercise["primaryMuscles"]
        secondary = [m for m in exercise["secondaryMuscles"] if m not in primary]
        for role, muscles in [("primary", primary), ("secondary", secondary)]:
            for muscle in muscles:
                w.relate("targets", subject, iri("muscle", muscle), [("role", role, "string")])
        if exercise.get("equipment") not in (None, "body only"):
            w.relate("requires", subject, iri("equipment", exercise["equipment"]))
        for goal, weight in sorted(goal_weights(exercise).items()):
            w.relate("targets", subject, iri("goal", goal), [("weight", weight, "decimal")])
        seen = set()
        for rule in RULES:
            condition, severity, _, _, reason = rule
            if condition not in seen and matches(rule, exercise):
                seen.add(condition)
                w.relate(
                    "contraindicatedFor", subject, iri("condition", condition),
                    [("reason", reason, "string"), ("severity", severity, "integer")],
                )
    for canonical, variants in variant_groups(exercises):
        for variant in variants:
            w.relate("variantOf", iri("exercise", variant["id"]), iri("exercise", canonical["id"]))

    header = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by ontology/generate.py from ontology/sources/exercises.json
     (free-exercise-db, public domain). Edit the generator, not this file. -->
<Ontology xmlns="http://www.w3.org/2002/07/owl#"
     xml:base="{BASE}"
     ontologyIRI="{BASE}">
    <Prefix name="" IRI="{BASE}#"/>
    <Prefix name="rdfs" IRI="http://www.w3.org/2000/01/rdf-schema#"/>
    <Prefix name="xsd" IRI="{XSD}"/>
"""
    text = header + "\n".join(w.lines) + "\n</Ontology>\n"
    (HERE / "exercises.owx").write_text(text)
    return len(w.lines)


if __name__ == "__main__":
    print(f"ontology/exercises.owx: {generate()} axioms")
