"""Everyday scenes: where things are, what they do, and the picture's setting and style.

People ask real backbones for scenes, not shapes: "a cat sleeping on a red sofa, a lamp to its right", "two dogs
playing in a park under a big tree at sunset", "an astronaut riding a horse on the moon, the earth in the sky", "a red
car parked in front of a white house", "a woman with long hair holding an umbrella, a city street behind her".

:func:`read` takes such a request, already lower-cased and spaced by the planner's ``normalise``, and returns what the
planner's grammar of objects, places and relations cannot say, and the request rewritten into that grammar:

- **style and conditions** ("at sunset", "in the rain", "on a foggy morning", "in watercolor style", "cinematic"): the
  picture's low-level text, for every region to share;
- **the setting** ("in a park", "on the moon", "on a busy city street", "a forest behind them"): the background's text,
  what fills the canvas outside the boxes. The sky puts what is in it at the top ("the earth in the sky"); water and
  ground put it at the bottom ("a boat in the sea");
- **one thing on, in front of or behind another** ("a cat on a sofa", "a car in front of a house", "a tree behind a
  house"): the one in front drawn inside the other's box (``insideof``), where the planner reads nested objects;
- **what an object does or has** ("a dog playing", "a woman holding an umbrella", "a man with a red hat"): kept with
  the object as one token (``_holding_an_umbrella``) so its words stay in the object's text and its colours stay its
  own, rather than being read as objects or as the object's colour ("a boy holding a red balloon" is not a red boy).

Shapes keep the planner's own reading ("a square with stripes", "circles alternating red and blue"); only "on", "in front
of" and "behind" between two objects apply to them too ("a red circle on a blue square": the circle inside the square).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Words that end a noun phrase: prepositions, joins and places.
STOPS = frozenset(", ; : and or but then while who which that is are was on in at with below above over behind near beside next by to "
                  "from into onto across through under insideof between left right top bottom center front around against past toward "
                  "towards".split())
#: Words that start a noun phrase and are not part of its text.
DETERMINERS = frozenset("a an the one two three four five six seven eight nine ten some several many his her their its my our your".split())
#: What a request may say before its first thing: "draw a dog and a cat on a couch", "pls show me a lamp, ...".
_LEAD_IN = frozenset("draw paint make show create generate render give me us pls plz please i we want need can could would you u like d just "
                     "now".split())
#: Places on the canvas: a phrase ending in one is a place ("on the left", "on each side"), not an object.
PLACE_WORDS = frozenset("left right top bottom center corner corners side sides half edge edges end ends each both either row rows column "
                        "columns line lines background canvas page picture image middle it them other one ones all these those they rest "
                        "grid diagonal order pattern formation shape cluster group circle ring star heart spiral zigzag wave arrow pyramid "
                        "frame v l t x u far very way foreground shot composition".split())
#: Words that count or gather what follows "of" ("a row of", "a bunch of"): the planner's to read.
GATHERING = frozenset("row column line ring grid pair couple bunch lot lots few number group set stack pile circle square heart star "
                      "spiral zigzag wave arrow pyramid frame cluster kind kinds each both all none rest one two three four five".split())
#: Shapes (and their plurals) keep the planner's own reading of "with" and "-ing".
SHAPE_WORDS = frozenset("circle circles square squares triangle triangles shape shapes dot dots".split())
#: Where a scene takes place: a phrase "in / on / at" one of these is the background, not an object.
SETTINGS = frozenset("park street streets city town village beach forest woods jungle field fields meadow desert room kitchen bedroom office "
                     "garden space countryside farm lake ocean sea river sky underwater studio library cafe restaurant classroom stage "
                     "grass ground floor road water moon mountains hills valley island harbor harbour market plaza alley "
                     "snow sand lawn pond swamp savanna cave hallway bathroom ballroom garage shore coast coastline battlefield "
                     "canyon glacier prairie vineyard orchard bay seaside lakeside riverbank cliffs dunes tundra rainforest church cathedral "
                     "temple chapel museum gallery theater theatre hall hill "
                     "marsh wetland courtyard attic basement barnyard backyard porch patio rooftop subway station airport "
                     "highway wilderness driveway outback sidewalk playground stadium lobby corridor warehouse clearing trail savannah plains "
                     "lagoon reef creek stream pasture hilltop mountaintop hillside riverside waterfront boardwalk nook loft den workshop "
                     "greenhouse study court gym bar pub club skatepark campus abyss planet mars forge tavern dungeon arena rink "
                     "diner bakery pier path pathway crossroads intersection fjord canal zoo terrace nursery playroom flat apartment "
                     "shop store supermarket boutique bookshop bookstore mall factory observatory hospital lab laboratory salon "
                     "shoreline campsite campground marina paris venice tokyo london rome kyoto ruins graveyard cemetery site tarmac "
                     "airstrip runway platform enclosure safari wall walls ridge summit alps interior yard schoolyard class "
                     "italy france spain greece japan china india mexico egypt morocco iceland norway scotland ireland england "
                     "berlin madrid barcelona amsterdam prague istanbul cairo beijing seoul shanghai moscow dubai".split())
#: Settings that are also buildings: a thing in front of or behind one is drawn against it ("a car in front of a garage").
BUILDINGS = frozenset("garage cafe restaurant library station studio cave porch church cathedral temple chapel museum gallery theater "
                      "theatre hall warehouse stadium gym bar pub club forge tavern diner bakery shop store supermarket boutique bookshop "
                      "bookstore mall factory observatory hospital lab laboratory salon".split())
#: A setting that is not also a building, as a regular expression: "the middle of a garden", "mountains in the background".
SETTING_NOUN = "(?:" + "|".join(sorted(SETTINGS - BUILDINGS)) + ")"
#: Things that hold what is "in" them ("a cat in a basket"): drawn inside their box, not worn.
CONTAINERS = frozenset("basket baskets vase bowl cup mug jar bag bucket pot cage nest crate tub bathtub glass teacup aquarium tank "
                       "bottle drawer cart wagon stroller crib hammock suitcase backpack pocket wheelbarrow pram barrel cradle box".split())
#: Words that own a body part: "a rod over his shoulder", "a bell around its neck" say what the object has.
POSSESSIVES = frozenset("his her its their my your our".split())
#: People and animals: "holding a sword and a shield" holds both, "holding a leash and a dog ..." is two things.
_ANIMALS = ("dog cat puppy kitten horse bird cow sheep duck goose chicken hen pig goat rabbit bunny deer fox bear wolf lion tiger "
            "elephant giraffe monkey squirrel owl penguin dolphin whale turtle frog mouse cub lamb calf pony donkey camel zebra panda "
            "koala kangaroo parrot duckling swan seal otter raccoon hedgehog butterfly dragon unicorn shark octopus snail ladybug crab "
            "seahorse lobster bee ant spider snake lizard crocodile hippo rhino gorilla cheetah leopard moose reindeer hamster chick pigeon "
            "flamingo peacock eagle hawk falcon crow raven seagull hummingbird robin sparrow bat dinosaur corgi")
_PEOPLE = ("man men woman women boy girl child children kid baby person people lady gentleman knight king queen prince princess "
           "robot astronaut father mother dad mom grandmother grandfather grandma grandpa friend family toddler teenager student "
           "teacher farmer soldier chef fisherman sailor pirate wizard witch warrior player goalkeeper referee wrestler athlete runner "
           "swimmer skier surfer skater skateboarder cyclist dancer singer pianist drummer guitarist musician bride groom waiter waitress "
           "nun monk priest explorer diver mermaid vampire skeleton zombie ghost fairy elf customer tourist hiker climber nurse doctor "
           "scientist artist painter blacksmith baker clown detective cowboy ninja samurai ballerina gymnast boxer jockey pilot captain "
           "firefighter worker gardener shepherd hunter archer guy")
ANIMATE = frozenset([w for a in (_PEOPLE + " " + _ANIMALS).split() for w in (a, a if a.endswith(("men", "ren", "ple")) else a + "s")]
                    + "mice wolves geese calves".split())
#: Things too big to be held: what an object does to one is done beside it ("two kids building a sandcastle").
BIG = frozenset("tree trees sandcastle snowman house car truck wall fence tower bridge boat ship tent statue castle dock pier piano "
                "bicycle bike motorcycle scooter bus train tractor table desk sofa couch bed bench cart wagon canoe kayak".split())
#: Settings that put what is in them at the top or the bottom of the canvas.
SKY = frozenset({"sky"})
GROUND = frozenset("sea ocean lake river water ground grass floor road sand lawn pond".split())
#: Words that join what an object has or carries to it.
HAVING = frozenset("with wearing holding carrying in of".split())
#: Words that say what a picture shows, not what an object does.
SHOWING = frozenset("depicting showing featuring containing including portraying displaying presenting having".split())
#: Words ending in "-ing" that are nouns, not something an object does.
ING_NOUNS = frozenset("thing something nothing anything everything king ring string wing building painting ceiling morning evening "
                      "clothing pudding wedding lightning earring icing railing frosting topping setting lighting drawing swing spring "
                      "sibling stocking sling ping ding duckling dumpling awning sapling viking bing".split())

#: Holidays, as said: "Christmas morning", "during Diwali", "Chinese New Year" are the picture's time.
_HOLIDAY = r"(?:christmas|xmas|halloween|easter|thanksgiving|diwali|hanukkah|(?:chinese |lunar )?new year)"
_STYLE = re.compile(
    r"\b(?:at (?:sunset|sunrise|dawn|dusk|night|nighttime|midnight|noon|twilight|golden hour|daybreak)"
    r"|(?:in|during) (?:the |a )?(?:heavy |light |pouring |thick |dense |early |late )?"
    r"(?:rain|fog|mist|storm|thunderstorm|blizzard|snowstorm|snowfall|downpour|drizzle"
    r"|moonlight|sunlight|sunshine|winter|summer|autumn|fall|spring|evening|morning|afternoon|sunset|sunrise|dusk|dawn|golden hour)"
    r"(?!\s+(?!(?:and|with|at|in|on|of|by|near|while|as|under|over|below|above|the|a|an)\b)[a-z])"  # not "in a summer dress"
    r"|in the dark\b|(?<=\bfrom )the (?:rain|storm|snow|wind|heat|sun)\b"
    r"|(?:under|below|beneath) (?:the |a )?(?:moonlight|starlight|starry sky|stars|northern lights|neon lights?)"
    r"|on an? (?:sunny|rainy|cloudy|foggy|snowy|windy|clear|stormy|misty|bright|cold|hot) (?:day|night|morning|evening|afternoon)"
    r"|in (?:the )?style of (?:[a-z]+ ){0,3}?[a-z]+(?= ?(?:[,;:]|$))"
    r"|(?:in )?(?:an? )?(?:[a-z]+ ){0,2}?style\b"
    r"|(?:as )?(?:an? )?(?:watercolou?r|oil|acrylic|pencil|charcoal|ink|crayon|pastel|chalk|graphite|gouache) (?:painting|drawing|sketch)"
    r"|(?:in|during) the (?:day|daytime|night|nighttime)\b|(?:at|during) (?:recess|lunchtime|bedtime|playtime|teatime|closing time)"
    r"|(?:at )?blue hour|starry (?:night|sky)(?: overhead)?"
    r"|shot (?:on|with) an? (?:wide|wide angle|telephoto|fisheye|macro|long) lens"
    r"|golden hour|ukiyo e|trending on artstation|oil on canvas|still life|studio ghibli(?: style)?"
    r"|(?:shallow |deep )?depth of field|long exposure(?: photo(?:graph|graphy)?| shot)?|slow motion|tilt shift|top down(?: view| shot)?|flat lay"
    r"|birds? (?:s )?eye view"
    r"|aerial (?:view|shot|photo)|drone (?:shot|view|photo)|northern lights|aurora(?: borealis)?|national geographic(?: style| photo)?"
    r"|god rays(?: (?:through|from) (?:the |a )?(?:stained glass(?: windows?)?|windows?))?|black and white(?: photo(?:graph)?| photography)?"
    rf"|(?:(?:on|during|at|for) (?:the )?)?{_HOLIDAY}(?: s)?(?: morning| eve| night| day)(?: s)?|(?:on|during|at|for) (?:the )?{_HOLIDAY}"
    r"|(?:with )?(?:the )?(?:rain|snow) (?:falling )?outside"
    r"|(?:snow|frost|moss|ivy) (?:covered|capped)|(?:torch|candle|lamp|moon|sun) lit|heat wave|cold snap|(?:at )?(?:low|high) tide"
    r"|late at night|late night|(?:seen|viewed|shot) from (?:outside|inside|above|below|behind|"
    r"(?:the )?(?:crowd|street|air|side|front|back|ground))|(?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm)|lo fi|hi fi"
    r"|film noir|shot on (?:\d+ ?mm(?: film| lens)?|film|iphone|kodak(?: [a-z]+)?|leica|canon|nikon|hasselblad)"
    r"|(?:and )?(?:it s|its|it is) (?:raining|snowing|pouring|foggy|night|nighttime|dark|sunset|sunny|windy|stormy)"
    r"|(?:moon|sun)?light (?:comes |coming |streams |streaming |pours |pouring |shines |shining |falls |falling |filters |filtering )"
    r"(?:in )?(?:through|from|in through) (?:the |a |an )?(?:open |big |large |tall |small )?windows?"
    r"|(?:retro )?(?:8|16|32) bit(?: style| art| graphics| look)?"
    r"|(?:ultra |hyper |super )?(?:photorealistic|hyperrealistic|realistic|cinematic|watercolou?r|pixel art|digital art|anime|cartoon"
    r"|vintage|sepia|8k|4k|hdr|highly detailed|bokeh|minimalist|impressionist|surreal|low poly|isometric|studio lighting|dramatic lighting"
    r"|steampunk|cyberpunk|dieselpunk|solarpunk|vaporwave|synthwave"
    r"|soft lighting)(?: tones?| colou?rs?| palette| look| aesthetic)?)\b")


#: Words that, said on their own between commas ("..., night, 8k", "foggy and cinematic"), are the picture's style.
STYLE_WORDS = frozenset(
    "sunset sunrise dawn dusk twilight night nighttime midnight noon morning evening afternoon daytime daylight "
    "autumn fall winter summer spring rain rainy storm stormy thunderstorm snowfall snowing snowy fog foggy mist misty haze hazy "
    "cloudy overcast sunny windy moonlight starlight sunlight backlit backlight backlighting lighting light soft warm cool cold "
    "dramatic moody cozy cosy gloomy dark bright vibrant pastel colors colours colorful colourful muted dreamy ethereal serene golden hour "
    "peaceful calm whimsical cute epic cinematic photorealistic hyperrealistic realistic photo photograph photography 35mm 50mm "
    "film grain analog polaroid bokeh macro portrait closeup close up wide angle shot lens sharp focus detailed "
    "highly intricate 8k 4k hd hdr uhd masterpiece best quality trending artstation octane render unreal engine 3d digital "
    "art illustration painting drawing sketch watercolor watercolour gouache oil acrylic charcoal ink pencil impressionist "
    "impressionism surreal surrealism minimalist minimal abstract anime manga cartoon comic pixel vintage retro sepia noir neon "
    "cyberpunk steampunk fantasy scifi sci-fi concept studio low poly isometric heavy light and with very early late natural ambient "
    "diffused volumetric rim renaissance baroque rococo gothic victorian medieval futuristic tones tone palette aesthetic "
    "candlelight firelight lamplight springtime summertime wintertime reflection reflections silhouette slow motion fisheye telephoto "
    "exposure glow glossy editorial lively vaporwave synthwave bioluminescence bioluminescent sunlit floodlights floodlit foliage "
    "shadows shadow wallpaper engraving woodcut kawaii chibi gentle midday sun lamp window fire spooky eerie creepy mysterious "
    "magical majestic nostalgic romantic vivid saturated monochrome grainy luxury luxurious elegant sleek playful painterly raining "
    "smoky hyperrealism photorealism crisp quiet beautiful stunning gorgeous empty totally completely deserted spotless "
    "lofi photoreal flatlay portra kodak fujifilm ektachrome kodachrome cinestill velvia funny dim corporate day liminal messy "
    "fluorescent harsh muddy dusty hot chilly happy cheerful joyful sad melancholic melancholy hopeful uplifting "
    "pixar claymation stopmotion gritty friendly sunbeam sunbeams torchlight fuji overhead starry alpine rustic tropical coastal "
    "urban rural nordic scandinavian".split())
#: Style words too plain to make a clause style on their own (", light,", ", and,").
_WEAK = frozenset("light soft warm cool cold dark bright heavy and with very close up wide shot sharp highly best hour early late natural "
                   "ambient tones tone palette slow sun lamp window fire day harsh hot".split())
#: What a clause of style ends in: "food photography", "storybook illustration", "soft pastel tones", "warm light".
_STYLE_HEADS = frozenset("photography photo photograph illustration painting drawing sketch render rendering art artwork tones colors "
                         "colours palette aesthetic lighting light atmosphere mood vibe vibes horror lights tone print prints view shot edges "
                         "poster look feel engraving woodcut etching lithograph glow shadows effect finish grading lens exposure still scale "
                         "brushwork brushstrokes".split())
#: Weather and light said of a place or thing ("a misty valley", "a snowy cabin"): the picture's style too.
WEATHER = frozenset("rainy snowy foggy misty stormy sunny cloudy hazy windy frosty neon moonlit sunlit candlelit smoky dusty".split())
#: Light and mood said of a place ("a dark forest", "a quiet street"): the picture's style; said of a thing ("a dark blue car"), not.
_PLACE_LIGHT = frozenset("dark dim gloomy shadowy sunny bright quiet peaceful calm busy crowded empty deserted lively bustling tranquil silent "
                          "lonely abandoned fairytale enchanted haunted mystical".split())
#: Seasons said of a place ("an autumn forest", "a winter field"): the picture's style too.
_SEASONS = frozenset("autumn fall winter summer spring autumnal wintry".split())
#: Style words whose hyphen the reading dropped.
_HYPHENED = {"snow covered": "snow-covered", "snow capped": "snow-capped", "torch lit": "torch-lit", "candle lit": "candle-lit",
             "ukiyo e": "ukiyo-e", "sci fi": "sci-fi", "lo fi": "lo-fi", "hi fi": "hi-fi", "8 bit": "8-bit", "16 bit": "16-bit"}
_HYPHEN_DROPPED = re.compile("|".join(_HYPHENED))


@dataclass
class Scene:
    """What a request says beyond objects and places: its style and its setting."""

    style: list[str] = field(default_factory=list)
    setting: list[str] = field(default_factory=list)  # noun phrases: "a park", "the moon"

    @property
    def background(self) -> str:
        return ", ".join(self.setting)


def read(text: str, modifiers: frozenset[str] = frozenset()) -> tuple[Scene, str]:
    """The request's style and setting, and the request rewritten for the planner (see the module's text).
    ``modifiers``: words that describe an object and never name one (colours, textures, sizes)."""
    scene = Scene()

    def style(m: re.Match) -> str:
        said = re.sub(r"^(?:below|beneath)\b", "under", m.group(0).strip())  # the planner reads "under" as "below"
        before = re.split(r"[,;:]", m.string[: m.start()])[-1].split()  # "cute cartoon": said as one, in its order
        scene.style.append(" ".join([*before, said]) if before and all(map(_style_word, before)) and set(before) - _WEAK else said)
        said_of_a_thing = not re.match(r"(?:at|in|during|under|on|with|shot|and|its?)\b", said)  # "vintage", not "at sunset"
        article = r"\b(?:a|an|the)" + (r"(?: [a-z]+){0,2}" if said_of_a_thing else "") + r"\s*$"
        inside = re.search(article, m.string[: m.start()]) and re.match(r"\s*[a-z]", m.string[m.end():])
        return " " if inside else " , "  # "a pixel art wizard", "a red vintage car": still a wizard, a red car
    text = re.sub(r"^\s*(?:children|kids|students|pupils|class|everyone|folks|guys)\s*[:,]", " ", text)  # "Children: colour ...": who is asked
    shapes = names_shapes(_IN_A_CIRCLE.sub(" ", text))  # shapes keep the planner's own reading (a ring of chairs is no shape)
    text = text if shapes else _COLOURS_LISTED.sub(_each_colour, _COMPARED.sub(_compared, _hedges(_plainly(text))))
    text = _PURPOSE.sub(lambda m: _purpose(m, scene), text)  # "For a children's book: ...", "Real estate listing: ...": what it is for
    text = _REST.sub(lambda m: _said_style(m, scene), _tagged_parts(text))
    text = _DEPICTION.sub(lambda m: _depiction(m, scene), _ASKED.sub(lambda m: _depiction(m, scene), _chatty(text)))
    text = _MAKE_IT.sub(lambda m: _made(m, scene), _FOR.sub(lambda m: _for_what(m, scene), text))
    text = text if shapes else _DO_IT.sub(lambda m: _said_style(m, scene), text)
    text = re.sub(r"(?:^|(?<=[,;:]))\s*(?:this|it) (?:is|s|will be)\s*(?=[,;:]|$)", " ", text)  # "This is for a blog.": the rest read first
    text = _MOOD.sub(" , ", _LIKE.sub(lambda m: _liked(m, scene), text))
    text = re.sub(r"\b(?:in|into) the (?:very )?foreground\b", "at the bottom", text)  # what is nearest is lowest on the canvas
    text = text if shapes else _IN_A_CIRCLE.sub(" ", text)  # "six chairs in a ring", "children dancing in a circle": chairs, children
    text = re.sub(r"\b(?:at|near|around|by|beside) (?:his|her|its|their|the) (?:feet|foot|base)\b", "below it",
                  _STYLE.sub(style, text))  # "pigeons at his feet"
    text = _everyday_verbs(_style_clauses(text, scene, modifiers), modifiers)
    text = text if shapes else _parts_of_places(text)
    text = _CENTRE_OF.sub(r"in the center in \1", text)  # "an arch in the middle of a garden": the arch centred, the garden the setting
    words = _settings(_named_settings(_figures_as_things(text.split()), scene), scene)
    words = _relations(words if shapes else _relation_first(_pointed_back(words)))
    scene.setting = [s.replace(_AS_THING, "") for s in scene.setting]
    scene.style = [_HYPHEN_DROPPED.sub(lambda m: _HYPHENED[m.group(0)], s) for s in scene.style]
    return scene, " ".join(_tails(words, modifiers)).replace(_AS_THING, "")


#: Figures a formation is named by ("circles in a heart", "a star of squares"); in a request that names no shape they
#: are things: "a surfer riding a wave", "a star on top of a christmas tree".
_FIGURES = frozenset("ring star heart spiral zigzag wave arrow pyramid frame".split())
#: Marks a figure read as a thing while the scene is read (the reader's place words leave it alone); taken off after.
_AS_THING = "\u02b9"


def _figures_as_things(words: list[str]) -> list[str]:
    """``words`` with each figure that names a thing marked (not "in a heart", "a star of ...", nor any where a shape is named)."""
    if names_shapes(" ".join(words)):
        return words
    arranged = {"in", "as", "into", "forming", "making", "like", "shaped", "form", "make"}
    return [w + _AS_THING if w in _FIGURES and words[k + 1: k + 2] not in (["of"], ["shape"], ["formation"], ["shaped"])
            and not arranged & set(words[max(0, k - 3): k]) else w for k, w in enumerate(words)]


#: A ring said of things that are not shapes (the planner's formations are of shapes): the things are drawn, side by side.
_IN_A_CIRCLE = re.compile(r"\b(?:arranged |placed |gathered )?(?:in|into) a (?:big |large |small )?circle\b")
#: What a picture is for, said before a colon: "For a kids' worksheet:", "Real estate listing:", "Book cover:".
_PURPOSE = re.compile(r"^\s*(?:for (?:a|an|the|my|our|your|some) [^,;:]{1,40}?|(?:[a-z]+ ){0,3}?(?:book|listing|worksheet|poster|card|cover|flyer|"
                      r"ad|advert|advertisement|post|thumbnail|banner|invitation|story|menu|website|blog|wedding|party|campaign|article|"
                      r"storybook|textbook|brochure|album|calendar|magazine|presentation|slide))\s*:")
#: "a photo of", "an oil painting of", "overhead shot of", "a close up portrait of": what kind of picture it is.
_DEPICTION = re.compile(r"(?:^|(?<=[,;:]))\s*(?:(?:can|could|would|will) you (?:please )?|(?:can|could|may) i (?:get|have|see) )?"
                        r"(?:(?:please\s+)?(?:generate|make|create|draw|paint|render|show|give)(?:\s+me)?\s+)?"
                        r"(?:(?:i|we) (?:need|want|would like|d like|would love|d love) )?(?:(?:a|an|the)\s+)?"
                        r"(?P<kind>(?:black and white )?(?:(?!(?:of|a|an|the|and|with|in|on)\b)[a-z0-9]+\s+){0,3}?"
                        r"(?:photo|photograph|picture|image|pic|painting|drawing|sketch|illustration|render|rendering|shot|portrait|"
                        r"snapshot|artwork|engraving|etching|photography|print|poster|view|still life|close up|closeup|postcard))"
                        r"\s+of\s+(?=[a-z0-9])")


#: "I need an illustration:", "we'd like a watercolor painting for ...:": what kind of picture is asked for.
_ASKED = re.compile(r"^\s*(?:(?:i|we) (?:need|want|would like|d like|m looking for|am looking for) |(?:please )?(?:generate|make|create|draw|paint|"
                    r"design|render) (?:me )?)?(?:a|an|some) (?P<kind>(?:[a-z0-9]+ ){0,2}?"
                    r"(?:picture|image|pic|illustration|drawing|painting|photo|photograph|artwork|render|sketch|scene|poster|wallpaper))\s*:")


def _chatty(text: str) -> str:
    """A request said as a chat: "my grandma loves birds, could you draw ..." (what comes before the ask is why),
    "my cat luna, she's a grey tabby and she loves sleeping in a box" (a gray tabby cat sleeping in a box)."""
    text = re.sub(r"^[^,;:]*\b(?:my|i|we|our)\b[^,;:]*,\s*(?=(?:so |and )?(?:can|could|would|will) you\b)", "", text)
    text = re.sub(r"\b(?:my|our) ([a-z]+)(?: named| called)? [a-z]+(?=\s*(?:[,;:]|$))",  # "my cat luna": a cat
                  lambda m: f"a {m.group(1)} " if m.group(1) in ANIMATE else m.group(0), text)
    text = re.sub(r"(?:^|(?<=[,;:]))\s*is it possible to (?:please )?(?=(?:show|draw|make|create|generate|paint|get|have)\b)", " ", text)
    # "what would a giant goldfish in a tiny bowl look like?", "what would it look like if a cat ruled the world": the scene asked
    text = re.sub(r"^\s*what would (?:it look like if )?(.*?)(?: look like)?\s*(?=[,;:]|$)", r"\1", text)
    text = re.sub(r"\b(?:my|our|your)\b", "a", text)  # "in front of my house"
    text = re.sub(r"\b(a|an) ([a-z]+)\s*,\s*(?:she|he|it) (?:s|is) (?:a|an) ((?:[a-z]+ ){0,2}?[a-z]+)(?= and\b|\s*(?:[,;:]|$))", r"a \3 \2", text)
    return re.sub(r"\b(?:and )?(?:she|he|it|they) (?:loves?|likes?|enjoys?|is|are|s|re) ([a-z]+ing)\b", r"\1", text)


#: "Paint it in bright watercolours.", "Draw it in a cartoon style", "Shoot it like a film still.", "Keep the colours soft
#: and dreamy.": how the whole picture is done, said of "it" or of its colours, mood or light.
_DO_IT = re.compile(r"(?:^|(?<=[,;:]))\s*(?:and )?(?:please )?(?:(?:paint|draw|render|shoot|do|style|illustrate|show) (?:it|this|everything|the "
                    r"(?:picture|image|scene|whole thing)) (?:all )?(?:in|as|like|with)|(?:keep|make) the (?:colou?rs|palette|mood|lighting|light|"
                    r"tones?)(?: look| feel)?)(?: an?)? (?P<style>[a-z0-9]+(?: [a-z0-9]+){0,5})\s*(?=[,;:]|$)")


def _said_style(match: re.Match, scene: Scene) -> str:
    """ "Paint it in bright watercolours", "keep everything else empty": the picture's style (the match's ``style``); nothing
    is drawn for it."""
    scene.style.append(match.group("style"))
    return " , "


#: "..., make it snowy", "make it look cinematic": style asked for the whole picture.
_MAKE_IT = re.compile(r"(?:^|(?<=[,;:]))\s*(?:and )?make (?:it|the (?:picture|image|scene)) (?:look |feel )?(?:more |a bit |really |very |extra )?"
                      r"(?P<style>[a-z]+(?: [a-z]+){0,3})\s*(?=[,;:]|$)")


#: "..., like a romantic era oil painting", "the mood should be dark and smoky": the picture's style said as a clause.
#: What a picture can be like: the planner keeps ", like a ... painting" for this reader (and drops ", like a sun,").
LIKE_KINDS = (r"(?:painting|photo|photograph|illustration|drawing|sketch|poster|film|movie|render|print|cartoon|comic|anime|engraving|postcard"
              r"|book|storybook|picture book|video game|game)")
_LIKE = re.compile(r"(?:^|(?<=[,;:]))\s*(?:(?:make it(?: look| feel)?|have it look|it should (?:look|be)|it looks|style it) )?"
                   r"(?:just |kind of |sort of )?like (?:an? |the )?"
                   rf"(?P<kind>(?:[a-z0-9]+ ){{0,3}}?{LIKE_KINDS})\s*(?=[,;:]|$)")
_MOOD = re.compile(r"(?:^|(?<=[,;:]))\s*(?:the )?(?:(?:mood|atmosphere|vibe|feel|feeling|tone|lighting|colors|colours|palette) "
                   r"(?:should be|must be|is|will be|needs to be|has to be|could be)|(?:scene|setting|room) (?:is|should be))\s+(?=[a-z])")
#: A sentence that says what the picture is for: "This is for a nature magazine.", "We are making a menu for a sushi
#: restaurant.", "I want a poster for a jazz club.": a kind of picture is its style, a place it is for its setting.
_FOR = re.compile(r"(?:^|(?<=[,;:]))\s*(?:(?:this|it) (?:is|s|will be) |(?:i|we) (?:am |are |m |re )?(?:making|designing|creating|doing|preparing|"
                  r"need|want|would like|d like) |(?:please )?(?:design|make|create|draw|generate|paint) (?:me )?)"
                  r"(?:(?:a|an|the|some) (?P<kind>(?:[a-z0-9]+ ){0,2}?(?:poster|cover|image|picture|illustration|banner|flyer|card|thumbnail|menu|"
                  r"ad|advert|header|painting|drawing|photo|sign|label|invitation|postcard|wallpaper|logo))(?: image| art| picture)? )?"
                  r"for (?:a|an|the|my|our|some) (?P<what>(?:(?!(?:with|and|in|on|of|at|that|where|who)\b)[a-z0-9]+ ){0,3}?[a-z]+)\s*(?=[,;:]|$)")


#: Words that hedge what is asked ("a fox, or a wolf I guess", "an apple or a pear, whatever"): the first thing named is drawn.
_HEDGE = r"(?:i guess|i think|i suppose|maybe|perhaps|probably|possibly|or something|or so|whatever|if possible|not sure|idk|i dunno|dunno)"
_COLOUR_WORDS = "red|orange|yellow|green|blue|purple|pink|brown|black|white|gray|grey|silver|gold|teal|navy|beige"


#: A change of mind inside one request: "a cat on a chair, wait no, make it a dog on the chair", "two birds - sorry, three".
_CHANGED_MIND = re.compile(r"[\s,;:]*\b(?:(?:oh|hmm+|um+|uh|well|no|wait|or)\b[\s,;:]*)*"
                           r"(?:wait,? no|no,? wait|sorry|actually|or rather|scratch that|on second thoughts?|i meant|i mean|correction)\b"
                           r"[\s,;:]*(?:(?:no|wait|sorry|actually|oh|i meant|i mean)\b[\s,;:]*)*"
                           r"(?:(?:make (?:it|that|this|them)|change (?:it|that) to|it should be|go with|rather|use)\b\s*)?")
_TIMES = r"(?:day|daytime|night|nighttime|morning|evening|afternoon|dusk|dawn|sunset|sunrise|noon|midnight|winter|summer|autumn|spring)"
#: Words that end a noun phrase: "a dog | on the chair", "two kids | building it".
_PHRASE_ENDS = frozenset("on in at with under above below behind near by of for to from into onto over beside next and or but is are was "
                         "instead".split())


def _noun_phrase(words: list[str]) -> int:
    """How many of ``words`` are the noun phrase they start with ("five apples , and ..." 2), 0 when they start with none."""
    if not words or words[0] not in DETERMINERS:
        return 0
    end = 1
    while end < min(len(words), 5) and words[end] not in _PHRASE_ENDS and not re.fullmatch(r"[,;:]|[a-z]{3,}ing", words[end]):
        end += 1
    return end if end > 1 else 0


def _kin(word: str, new: str) -> bool:
    """``word`` is a noun that ``new`` can replace in a change of mind: no place, and living if ``new`` is known to be."""
    word = singular(word)
    return word not in SETTINGS and (_animate(word) or not _animate(singular(new)))


def counted_after(text: str) -> str:
    """ "deer drinking from a stream, 3 of them": the count said after, given to the first thing ("3 deer drinking ...")."""
    said = re.search(r"[,;:]\s*(?:all |about |like )?(\d+|two|three|four|five|six|seven|eight|nine|ten) of them\b", text)
    words = text[: said.start()].split() if said else []
    if not words:
        return text
    first = 1 if words[0] in DETERMINERS else 0
    n = _noun_phrase(["a", *words[first:]]) - 1
    if n < 1 or not re.fullmatch(r"[a-z]+", words[first + n - 1]):
        return text
    thing = [*words[first:first + n - 1], plural(singular(words[first + n - 1]))]
    return " ".join([said.group(1), *thing, *words[first + n:]]) + text[said.end():]


def changed_mind(text: str) -> str:
    """A request whose words change their mind, as finally meant: a thing said again replaces the one of its noun ("two
    birds on a wire - sorry, three birds": three birds on the wire); a thing said with what was said before ("a cat on a
    chair, wait no, make it a dog on the chair") replaces all of it; another thing replaces the one just said ("a
    snowman with a top hat, no wait, a beanie") or, after "make it", the first ("a cat, actually make it a dog"); a time
    replaces the time ("at night, or actually make it daytime")."""
    m = _CHANGED_MIND.search(text)
    if not m or not re.search(r"[a-z]", text[: m.start()]):
        return text
    before, after = text[: m.start()], re.sub(r"\binstead(?: of [a-z]+)?\b", " ", text[m.end():])
    words = after.split()
    n = _noun_phrase(words)
    if not n:
        time = re.match(rf"\s*(?:the )?{_TIMES}\b", after)
        said = time and re.search(rf"\b(?:at|in|during) (?:the )?{_TIMES}\b", before)
        return changed_mind(f"{before[: said.start()]} in the {time.group(0).strip()}{before[said.end():]}{after[time.end():]}") if said else text
    old = before.split()
    starts = [i for i, w in enumerate(old) if w in DETERMINERS] or [0]
    if words[n - 1] == "one" and n > 1 and (last := _noun_phrase(old[starts[-1]:])):  # "a red balloon, sorry, a yellow one"
        words[n - 1] = old[starts[-1] + last - 1]
    head, rest = singular(words[n - 1]), " ".join(words[n:])
    said = list(re.finditer(rf"\b(?:(?:{'|'.join(DETERMINERS)}) )?(?:[a-z]+ ){{0,2}}?(?:{head}|{plural(head)})\b", before))
    if said:  # the same thing, said again
        new = f"{before[: said[-1].start()]} {' '.join(words[:n])}{before[said[-1].end():]} {rest}"
    elif any(len(w) > 3 and re.search(rf"\b(?:{singular(w)}|{plural(singular(w))})\b", before) for w in words[n:] if w not in _PHRASE_ENDS):
        new = " ".join(words)  # said again with what was said before it: all of it
    else:
        kin = [i for i in starts if _noun_phrase(old[i:]) and _kin(old[i + _noun_phrase(old[i:]) - 1], head)] or starts
        at = kin[0] if re.search(r"\b(?:make|change|it should|go with|use|i meant?)\b", m.group(0)) else kin[-1]
        new = " ".join([*old[:at], *words[:n], *old[at + max(1, _noun_phrase(old[at:])):], rest])
    return changed_mind(new)


def _hedges(text: str) -> str:
    """A request that hedges, said plainly: "maybe a fox, or a wolf I guess, sitting on a rock" is a fox sitting on a rock;
    "a bird, probably a crow," a bird; "a red car? or blue." a red car; "something like a lighthouse" a lighthouse;
    "whichever looks better", "not sure", "sorry I'm bad at describing stuff" say nothing to draw; "something cute" is style."""
    text = re.sub(r"(?:^|(?<=[,;:]))\s*(?:sorry\b|i m bad at|i am bad at|hope (?:that|this) makes sense)[^,;:]*", " ", text)
    text = re.sub(rf"(?:^|(?<=[,;:]))\s*(?:{_HEDGE}|whichever(?: [a-z]+){{0,3}}|either (?:way|one|is fine|works)|(?:it )?doesn t matter"
                  rf"|no idea)\s*(?=[,;:]|$)", " ", text)
    text = re.sub(rf"\s+{_HEDGE}\s*(?=[,;:]|$)", "", text)  # "foggy morning maybe"
    text = re.sub(r"\s*,\s*(?:probably|maybe|perhaps|possibly|likely|i think) (?:a|an) [a-z]+(?: [a-z]+)?\s*(?=,)", " ", text)  # ", probably a crow"
    text = re.sub(r"\b(?:maybe|perhaps|probably|possibly|something like|sort of like|kind of like)\s+(?=(?:a|an|some|two|three|four|five)\b)",
                  "", text)
    text = re.sub(r"\b(?:so )?(?:kinda|sorta|kind of|sort of)\s+(?=[a-z]+(?: and [a-z]+)?\s*(?:[,;:]|$))", "", text)  # "kinda retro": retro
    # ", or a wolf i guess," "or a doll sitting": the alternative after the first thing named
    word = r"(?!(?:sitting|standing|lying|on|in|at|by|with|placed)\b)[a-z]+"
    text = re.sub(rf"(?<=[a-z])\s*,?\s+or (?:maybe |perhaps |even )?(?:a|an) (?:{word} ){{0,2}}?{word}(?: {_HEDGE})?"
                  rf"(?=\s*(?:[,;:]|$)|\s+(?:[a-z]+ing|on|in|at|placed)\b)",
                  "", text)
    text = re.sub(rf"(\b(?:{_COLOUR_WORDS}) [a-z]+)\s*,\s*or (?:maybe )?(?:{_COLOUR_WORDS})\s*(?=[,;:]|$)", r"\1 ", text)  # "a red car? or blue."
    return re.sub(r"(?:^|(?<=[,;:]))\s*something (?=[a-z]+\s*(?:[,;:]|$))", " ", text)  # "something cute": cute


_BIGGER = frozenset("bigger larger taller huger".split())
#: "a dog bigger than the horse", "an ant as big as an elephant", "mouse taller than a giraffe": two things, the first sized.
_COMPARED = re.compile(r"\b(?:(?P<det>a|an|the|one) )?(?P<noun>[a-z]+) (?:(?P<than>bigger|larger|taller|huger|smaller|tinier|shorter|"
                       r"littler) than|as (?:big|large|tall|small|tiny|huge) as) (?:a|an|the) (?P<other>[a-z]+)\b")
#: "a red, a blue and a green balloon": each colour is one of the things named last.
_COLOURS_LISTED = re.compile(rf"\b((?:(?:a|an|one) (?:{_COLOUR_WORDS})\s*,?\s*(?:and )?)+)(?:a|an|one) ({_COLOUR_WORDS}) ([a-z]+)\b")


def _compared(match: re.Match) -> str:
    if match.group("noun") in STOPS or match.group("noun") in DETERMINERS:
        return match.group(0)
    size = "" if not match.group("than") else "big " if match.group("than") in _BIGGER else "small "
    return f"{match.group('det') or 'a'} {size}{match.group('noun')} beside a {match.group('other')}"


def _each_colour(match: re.Match) -> str:
    if match.group(3) in STOPS or re.fullmatch(_COLOUR_WORDS, match.group(3)):
        return match.group(0)
    named = re.findall(rf"\b(?:a|an|one) ({_COLOUR_WORDS})\b", match.group(1)) + [match.group(2)]
    each = [f"{'an' if colour[0] in 'aeiou' else 'a'} {colour} {match.group(3)}" for colour in named]
    return " , ".join(each[:-1]) + f" and {each[-1]}"


#: Plurals not made with "s".
IRREGULAR = {"children": "child", "people": "person", "men": "man", "women": "woman", "mice": "mouse", "geese": "goose",
             "feet": "foot", "teeth": "tooth", "oxen": "ox", "wolves": "wolf", "leaves": "leaf", "knives": "knife",
             "shelves": "shelf", "loaves": "loaf", "calves": "calf", "elves": "elf", "thieves": "thief", "halves": "half",
             "fish": "fish", "sheep": "sheep", "deer": "deer"}
_PLURAL_OF = {one: many for many, one in IRREGULAR.items()}


def plural(noun: str) -> str:
    """The plural of a singular ``noun``, as :func:`singular` reads it back: "boxes", "businessmen", "sheep"."""
    if noun in _PLURAL_OF:
        return _PLURAL_OF[noun]
    if noun.endswith("man") and len(noun) > 5:
        return noun[:-3] + "men"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh", "z")) else "s")


#: Words ending in "s" that are not plurals: "a lens", "christmas", "mars".
_NOT_PLURAL = frozenset("christmas xmas lens mars venus canvas atlas series species chess physics gas".split())


def singular(word: str) -> str:
    """The singular of ``word`` if it is a plural ("lampposts", "benches", "puppies", "snowmen", "geese"), else ``word``."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in _NOT_PLURAL or word[:1].isdigit():  # "1950s": a decade
        return word
    if word.endswith("men") and len(word) > 5 and word not in ("specimen", "abdomen", "stamen"):  # "businessmen", "snowmen"
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3 else word


#: What someone works, sits or stands at: drawn as a thing of its own, with them in front of it ("a trucker at the counter").
_WORKED_AT = ("table desk counter podium lectern blackboard chalkboard whiteboard anvil workbench easel stove sink piano organ "
              "computer laptop keyboard typewriter altar stall booth register till loom pottery wheel drawing board").split()


_WORKED_AT_SAID = re.compile(rf"\bat (?:(?:a|an|the|his|her|their|my|its|our) )?(?P<what>(?:[a-z]+ ){{0,2}}?(?:{'|'.join(_WORKED_AT)}))\b"
                             rf"(?! of\b| (?:{'|'.join(_WORKED_AT)}|in front of|behind|beside|next to|near)\b)")
_LOOKING = r"(?:look|stare|gaze|glance|point|wave|smile|laugh|shout|yell|aim|throw|bark|growl|hiss|frown|grin|peek|peer)(?:s|ing|ed)?"


def _at_a_thing(match: re.Match) -> str:
    before = match.string[: match.start()].split()
    if not before or before[-1] in STOPS or re.fullmatch(_LOOKING, before[-1]):  # "looking at the blackboard": what is looked at
        return match.group(0)
    return f"in front of a {match['what']}"


def _plainly(text: str) -> str:
    """Everyday wording said plainly: "with just a lamp" a lamp, "far behind them" behind them, a "parking lot" a place
    (not "a lot of"), "a girl under an umbrella" a girl with one (held, in her box)."""
    text = re.sub(r"\b(?:just|only|simply)\s+(?=(?:a|an|one|two|three|four|five|the|some|a few)\b)", "", text)
    text = re.sub(r"\b(?:far|just|right|directly|slightly) (?=behind|above|below|beneath|under)\b", "", text)
    text = re.sub(r"(?:^|(?<=[,;:] )|(?<=\band )|(?<=\bthen ))(?:please )?(?:hang|seat|set|lay|stand|put|place|add|include|prop|lean|perch)"
                  r"(?: up)? (?=(?:a|an|the|some|two|three|four|five|six|seven|eight|nine|ten|\d+) )", "", text)  # "then seat four guests"
    text = re.sub(r"\b(?:make sure|be sure|ensure)(?: that)? ", "", text)
    text = re.sub(r"\bparking lot\b", "car park", text)
    text = re.sub(r"\bthere (?:s|is|are|re) (?=(?:a|an|some|two|three|four|five|\d+)\b)", "", text)  # "there's a cat sitting on ..."
    text = re.sub(r"\b((?:sitting|sat|sits|perched|standing|stands|lying|walking|balancing|climbing) (?:on|along) (?:a|the) (?:[a-z]+ )?walls?)\b",
                  rf"\1{_AS_THING}", text)  # a wall sat on is a thing ("a cat sitting on a wall"); leant against or hung on, the room's
    text = re.sub(r"\b([a-z]+) (?:still )?(?:under|below) construction\b", r"unfinished \1", text)  # "a skyscraper under construction"
    text = re.sub(r"(?<=[a-z]ing)((?: [a-z]+){0,3}?)(?: up| down| out)? to (?:eat|reach|grab|catch|get|drink|feed on|pick|touch) [^,;:]*", r"\1 ",
                  text)  # "a giraffe stretching its neck up to eat leaves": the giraffe stretching its neck
    text = re.sub(rf"(?<=[a-z]ing) (?:around|about|through) (?=(?:the|their|its|a|an) (?:[a-z]+ )?{SETTING_NOUN}\b)", " in ",
                  text)  # "penguins waddling around their enclosure"
    text = _WORKED_AT_SAID.sub(_at_a_thing, text)
    text = re.sub(r"\bin (?:a )?single file\b", "in a row", text)
    text = re.sub(r"\b(?:a |the )?(sunset|sunrise) (?:behind|over|above) (?:the |some )?((?:[a-z]+ )?[a-z]+)(?=\s*(?:[,;:]|$))",
                  r"at \1 , the \2", text)  # "sunset behind the peaks": the time, and the peaks
    text = re.sub(r"\batop\b", "on", re.sub(r"\b(?:amid|amidst|among|amongst|in) the clouds\b", "in the sky", text))
    text = re.sub(r"\b(?:amid|amidst|among|amongst)\b(?= (?:the|a|an|some|tall|thick)\b)", "in", text)  # "amid the ruins"
    text = re.sub(r"\b(?:in )?between (?:the two|a pair of|two|2) ([a-z]+s)\b",  # "between two lampposts": one either side
                  lambda m: "between a {0} and a {0}".format(singular(m.group(1))), text)
    return re.sub(r"\b(?:under|beneath|below) ((?:a|an|the|her|his|their) (?:[a-z]+ )?(?:umbrella|parasol))\b", r"with \1", text)


def _purpose(match: re.Match, scene: Scene) -> str:
    """ "Minimalist poster:", "Book cover:": a kind of picture ("minimalist poster") is the style; what it is for says nothing."""
    said = re.sub(r"^\s*for (?:a|an|the|my|our|your|some) ", "", match.group(0)).rstrip(" :")
    if said.split()[-1] in _STYLE_HEADS:
        scene.style.append(said)
    return " "


#: "..., leave the rest of the sky dark", "keep everything else empty", "keep the background blurry": the rest's style.
_REST = re.compile(r"(?:^|(?<=[,;:]))\s*(?:and )?(?:please )?(?:leave|keep|make) (?:the rest(?: of the (?:sky|picture|image|scene|canvas|room))?|"
                   r"everything else|the sky)(?: (?:looking|as|fairly|very|really|pretty|completely|totally))? "
                   r"(?P<style>[a-z]+(?: and [a-z]+)?)\s*(?=[,;:]|$)")


#: What a person's face and body look like, said as a tag after them ("an old fisherman, weathered face, grey beard").
_BODY = re.compile(r"\s*,\s*(?=(?:[a-z]+ ){0,2}(?:face|beard|eyes|hair|hands|smile|skin|freckles|wrinkles|mustache|moustache|fur|whiskers|"
                   r"wings|horns|braids|ponytail|tattoos)\s*(?:[,;:]|$))")


#: A body part said as its own clause ("..., only his head poking out", "her hands in her lap"): the one before's.
_OWN_BODY = re.compile(r"\s*[,;:]\s*(?:only |just |with )?(?=(?:his|her|its|their) (?:[a-z]+ )?(?:head|face|eyes|hands|paws|tail|ears|nose|"
                       r"legs|feet|arms)\b)")


def _tagged_parts(text: str) -> str:
    """Body tags said after a person belong to them: "an old fisherman, weathered face, grey beard" is one fisherman with
    a weathered face and a grey beard; a season said first is the picture's time ("autumn in the park, ...")."""
    text = _BODY.sub(" with ", text)
    text = _OWN_BODY.sub(" with ", text)
    return re.sub(r"(^|[,;:]\s*)(autumn|winter|summer|springtime|spring|fall)\s+(?=(?:in|at) (?:the|a|an)\b)", r"\1\2 , ", text)


def _liked(match: re.Match, scene: Scene) -> str:
    """ "..., like a romantic era oil painting": the picture's style."""
    scene.style.append(match.group("kind"))
    return " , "


def _for_what(match: re.Match, scene: Scene) -> str:
    """What a picture is for: its kind the style ("poster"), a place it is for the setting ("a jazz club"), the rest said to nobody."""
    kind, what = match.group("kind"), match.group("what")
    if kind and kind.split()[-1] in _STYLE_HEADS:
        scene.style.append(kind)
    if what.split()[-1] in SETTINGS:
        scene.setting.append(f"{'an' if what[:1] in 'aeiou' else 'a'} {what}")
    return " , "


def _made(match: re.Match, scene: Scene) -> str:
    """ "make it snowy", "make it early morning with mist": the picture's style, when each word is one."""
    if not set(match.group("style").split()) <= STYLE_WORDS | WEATHER:
        return match.group(0)
    scene.style.append(match.group("style"))
    return " , "


def _depiction(match: re.Match, scene: Scene) -> str:
    """ "A photo of a cat ..." is a photo of the cat: the kind of picture is the style ("oil painting", "overhead shot"),
    a plain "picture of" says nothing; the cat is the object."""
    kind = match.group("kind")
    if kind not in ("picture", "image", "pic"):
        scene.style.append(kind)
    return " , "


def _style_clauses(text: str, scene: Scene, modifiers: frozenset[str]) -> str:
    """A clause of style words alone ("..., night, 8k", "foggy and cinematic", "pastel colors") is the picture's style;
    weather said of a place or thing ("a misty valley", "a snowy cabin") is its style too, and stays where it is said."""
    parts = re.split(r"(\s*[,;:]\s*)", text)
    for k, part in enumerate(parts):
        words = part.split()
        if words and all(map(_style_word, words)) and set(words) - _WEAK or _style_phrase(words) or _ambient(words, modifiers):
            said = " ".join(words[words[0] in ("and", "with"): len(words) - (words[-1] in ("and", "with"))])
            scene.style += [] if any(f" {said} " in f" {s} " for s in scene.style) else [said]  # "cute" of "cute cartoon"
            parts[k] = " "
    text = "".join(parts)
    words = text.split()
    scene.style += [w for w in dict.fromkeys(words) if w in WEATHER]
    scene.style += [w for k, w in enumerate(words[:-1]) if w in _PLACE_LIGHT | _SEASONS and words[k + 1] in SETTINGS and w not in scene.style]
    return text


def _style_phrase(words: list[str]) -> bool:
    """A clause that is a kind of picture or light, said without an article: "food photography", "renaissance oil
    painting", "soft pastel tones", "natural light" (but "a painting", "traffic light": things)."""
    angle = {"top", "side", "front", "back", "low", "high"} if words[-1:] in (["view"], ["shot"]) else set()  # "top view"
    if not 2 <= len(words) <= 4 or words[-1] not in _STYLE_HEADS or words[0] in DETERMINERS or set(words) & STOPS - angle:
        return False
    return words[-1] not in ("light", "lights") or set(words[:-1]) <= STYLE_WORDS  # "rembrandt lighting", not "traffic light"


#: What fills the air or the light of a scene, not a thing to box: "sparks flying everywhere", "confetti falling", "thick smoke".
_AMBIENT = frozenset("smoke steam fog mist haze sparks embers ash ashes confetti petals leaves snowflakes raindrops bubbles fireworks "
                     "stars dust glitter lightning spotlight spotlights reflections fireflies streamers sparkles blossoms headlights "
                     "taillights dew".split())
#: Lights that light a scene ("string lights", "purple and green spotlights"), not a thing ("a traffic light").
_LIGHTING = frozenset("string fairy city street fluorescent flickering christmas holiday festoon party disco stage led twinkling neon "
                      "colored coloured flashing strobe".split())
#: How what fills the air moves: "falling leaves", "swirling snowflakes".
_DRIFTING = frozenset("falling flying drifting swirling floating rising glowing twinkling blowing sparkling shimmering dancing".split())
#: What an ambient clause may end in: "falling", "everywhere", "in the air".
_AMBIENT_TAIL = re.compile(r"(?: (?:falling|flying|drifting|swirling|floating|overhead|rising|glowing|twinkling|blowing|scattered|on|off|"
                           r"everywhere|all around|all over|in the (?:air|sky)|filling the (?:air|sky|room)))+$")


def _ambient(words: list[str], modifiers: frozenset[str]) -> bool:
    """A clause that says what fills the air or lights the scene: "sparks flying everywhere", "petals falling", "string
    lights", "purple and green spotlights" (lights may be said in ``modifiers``, colours), "oil stains everywhere"."""
    said = " ".join(words)
    if not words or words[0] in DETERMINERS or len(words) > 6:
        return False
    if re.search(r" (?:everywhere|all over the place)$", said) and not set(words[:-1]) & STOPS:
        return True
    core = _AMBIENT_TAIL.sub("", said).split()
    if not core or len(core) > 4 or set(core[:-1]) & (STOPS - {"and"}):
        return False
    # "giraffe eating leaves": a giraffe ("falling leaves", "string lights", "fairy lights": what fills the air)
    if any((w in ANIMATE or w.endswith("ing") and w not in _DRIFTING | ING_NOUNS) and w not in _LIGHTING for w in core[:-1]):
        return False
    lit = core[-1] in ("lights", "lighting") and set(core[:-1]) <= _LIGHTING | modifiers | {"and"}
    return core[-1] in _AMBIENT or lit


def _style_word(word: str) -> bool:
    """A word of style on its own: one of :data:`STYLE_WORDS`, a decade ("1950s", "90s"), a lens ("85mm"), a resolution ("16k")."""
    return word in STYLE_WORDS or bool(re.fullmatch(r"(?:1[89]|20)?\d0s|\d{2,3}mm|\d{1,2}k", word))


#: What people and animals do, said as a verb ("a dog sleeps", "two cups sit on a table"): the "-ing" form the scene
#: reader knows. Plain forms ("sit") only after a plural; "-s" forms after any noun.
_DOING = {v: v + "ing" for v in "sleep rest walk stand float play read jump lean hang perch wait eat drink look watch hold "
          "wear sing hover gallop crawl climb sail bloom grow stretch peek splash roar bark cook kneel laugh lounge bask "
          "relax chew stroll wander march surf fish stay stare".split()}
_DOING.update(sit="sitting", run="running", swim="swimming", nap="napping", lie="lying", fly="flying", ride="riding", dance="dancing",
              smile="smiling", glide="gliding", soar="soaring", drive="driving", rise="rising", skate="skating", pose="posing",
              carry="carrying", loom="looming", write="writing", graze="grazing", chase="chasing")
_DOING_S = {(v[:-1] + "ies" if v.endswith("y") and v[-2] not in "aeiou" else v + "es" if v.endswith(("ch", "sh", "s", "x")) else v + "s"): ing
            for v, ing in _DOING.items()}
#: Words of "X is Y": "behind the dog is a fireplace" puts the fireplace behind the dog.
_IS = r"(?:is|are|stands?|sits?|lies|lie|hangs?|rises?|looms?|grows?|sleeps?|rests?|waits?|there (?:is|are))"


#: What circles in the sky or the sea: "a dragon circles above", "sharks circle the boat".
_CIRCLES = re.compile(r"\b((?:dragon|hawk|eagle|vulture|seagull|gull|crow|raven|shark|plane|airplane|helicopter|drone|bird|falcon|bat|bee|"
                      r"moth|fly|butterfly)s?) circles?\b")


#: "that is sleeping", "which is set", "who s standing": the relative pronoun and its "is" before what the thing does.
_PARTICIPLE_AFTER = re.compile(r"(?:\s*,)?\s*\b(?:that|which|who)(?: is| are| was| were| s)? (?=([a-z]{3,}(?:ing|ed)|set|put|hung|laid|lit|built)\b)")
_HELD_BY = {"held": "holding", "carried": "carrying", "hugged": "hugging", "cuddled": "cuddling", "cradled": "cradling"}
#: Things a surface is said to be covered with ("a table covered with books and papers"): drawn on it, each.
_COVERED = re.compile(r"\b(?:covered|piled|cluttered|littered|strewn|scattered|stacked|loaded|topped|decorated) (?:with|in) "
                      r"((?:(?:some|two|three|four|five|lots of|a few) )?(?:[a-z]+ )?[a-z]+[^s\W]s(?: and (?:[a-z]+ )?[a-z]+[^s\W]s)?)"
                      r"(?=\s*(?:[,;:]|$))")


def _said_plainly(text: str) -> str:
    """Relative clauses and the passive, said as the scene reader reads a thing and what it does: "a cat that is sleeping
    on a rug" -> "a cat sleeping on a rug"; "a lamp which stands behind the sofa" -> "a lamp stands behind ..." (then
    "standing"); "a bakery which has a red awning" -> "a bakery with ..."; "a giraffe was standing" -> "a giraffe standing";
    "a puppy held by a girl" -> "a girl holding a puppy"; "a table covered with books" -> "a table with books on it"."""
    text = _PARTICIPLE_AFTER.sub(lambda m: m.group(0) if m.group(1) in ING_NOUNS else " ", text)
    text = re.sub(r"\b(?:that|which|who) (?=(?:" + "|".join(_DOING_S) + r")\b)", "", text)
    text = re.sub(r"\b(?:that|which|who) (?:has|have|had)\b", "with", text)
    text = re.sub(r"(?<=[a-z] )(?:is|are|was|were) (?=([a-z]{3,}(?:ing|ed))\b)",
                  lambda m: m.group(0) if m.group(1) in ING_NOUNS else "", text)
    text = re.sub(r"\b((?:a|an|the|two|three|some) (?:[a-z]+ ){0,6}?[a-z]+)(?: ,)? (?:being )?(held|carried|hugged|cuddled|cradled) (?:by|beside) "
                  r"((?:a|an|the|his|her|their|two|some) (?:[a-z]+ ){0,2}?[a-z]+)(?=\s*(?:[,;:]|$| (?:with|in|on|at|and)\b))",
                  lambda m: f"{m.group(3)} {_HELD_BY[m.group(2)]} {m.group(1)}", text)
    # "a jar with three fireflies inside, sitting on a shelf": the jar on the shelf, the fireflies in the jar
    text = re.sub(r"\b((?:(?:a|an|the) )?(?:[a-z]+ ){0,2}?[a-z]+) with ((?:a|an|some|two|three|four|five|six) (?:[a-z]+ ){0,2}?[a-z]+) "
                  r"inside(?: it)? , ([a-z]+ing (?:on|in|at|against|under|beside|by) (?:a|an|the) (?:[a-z]+ ){0,2}?[a-z]+)(?=\s*(?:[,;:]|$))",
                  lambda m: f"{m.group(1)} {m.group(3)} , {m.group(2)} insideof the {m.group(1).split()[-1]}", text)
    text = re.sub(r"\bwith ((?:a|an|some|two|three|four|five|six) (?:[a-z]+ ){0,2}?[a-z]+) inside(?: it)?(?= *(?:[;:]|$| , (?![a-z]+ing )))",
                  r", \1 insideof it", text)  # "a jar with three fireflies inside"
    return _COVERED.sub(_covered_with, text)


def _covered_with(match: re.Match) -> str:
    """ "covered with books and papers" -> "with some books and some papers on it" (each a thing on it)."""
    things = match.group(1).split(" and ")
    if set(match.group(1).split()) & _AMBIENT:  # "covered in raindrops": how it looks
        return match.group(0)
    return "with " + " and ".join(t if t.split()[0] in _COUNTS | {"lots", "a"} else f"some {t}" for t in things) + " on it"


def _everyday_verbs(text: str, modifiers: frozenset[str]) -> str:
    """Verbs said plainly, in the words the scene reader knows: "a dog sleeps on a rug" -> "a dog sleeping on a rug";
    "behind the dog is a fireplace" -> "a fireplace behind the dog"; "a boy rides a bicycle" -> "a boy riding on a bicycle";
    "curled up on a rock" -> "curled on a rock"."""
    text = text if names_shapes(text) else _said_plainly(text)
    text = _CIRCLES.sub(r"\1 circling", text)  # "a dragon circles in the sky": what it does, not shapes
    text = re.sub(r"(?:^|(?<=[,;:] ))(behind|in front of|above|below|beside|near|on) ((?:the|a|an|his|her|their|its) (?:[a-z]+ ){0,2}?[a-z]+) "
                  rf"{_IS} ((?:a|an|the|some|two|three|four|five) [^,;:]+)",
                  lambda m: m.group(0) if set(m.group(2).split()) & PLACE_WORDS else f"{m.group(3).strip()} {m.group(1)} {m.group(2)} ", text)
    # "a desk with a laptop and a mug on it": each on it; "a bookshelf with a fern on top": on it
    text = re.sub(r"(\bwith (?:a|an|some|two|three) (?:[a-z]+ ){0,2}?[a-z]+) on top\b(?! of)", r"\1 on it", text)
    text = re.sub(rf"\b([a-z]+) with ({_SOME}) and ({_SOME}) (on|against|in front of|beside|next to|below|under|above) (?:it|him|her|them)\b",
                  r"\1 , \2 \4 the \1 and \3 \4 the \1", text)  # the second "it" is still the desk, not the laptop
    # "a cabin with a mountain behind it": the cabin drawn over the mountain; "a table with a vase on it": the vase over the table
    text = re.sub(r"\bwith ((?:a|an|some|two|three|four) (?:[a-z]+ ){0,2}?[a-z]+) (below|under|above|beside|next to) (it|him|her|them)\b",
                  r", \1 \2 \3", text)  # "a bird on a wire with a bicycle below it"
    text = re.sub(r"\bwith ((?:a|an|some|two|three|four) (?:[a-z]+ ){0,2}?[a-z]+) (behind|in front of|on|against) (?:it|him|her|them)\b",
                  lambda m: m.group(0) if m.group(1).split()[-1] in SETTINGS - BUILDINGS - {"moon"}  # "a city street behind her": the setting
                  else f"insideof {m.group(1)}" if m.group(2) == "behind" else f", {m.group(1)} insideof it", text)
    # "..., with a fireplace behind the rug": the fireplace behind the rug
    text = re.sub(r"(?:^|(?<=[,;:] ))with (?=(?:a|an|the|some|two|three|four|five) (?:[a-z]+ ){0,3}?(?:behind|in front of|on|next to|beside|under|"
                  r"above|below) (?:a|an|the) )", "", text)
    text = re.sub(r"\b(riding|rides|ride|mounted on|astride) (?=(?:a|an|the|his|her|their|its) )", "riding on ", text)  # the rider on it
    # "..., both looking at a ball in the center", "a knight on the left facing a dragon on the right": the ball, the dragon
    text = re.sub(r"(?:(?:^|(?<=[,;:] ))(?:both|all of them)|(?<=\bleft)|(?<=\bright)|(?<=\btop)|(?<=\bbottom)|(?<=\bcenter))"
                  r" (?:looking|staring|gazing|facing|watching|chasing|fighting|attacking)(?: at| toward| towards)?"
                  r" (?=(?:a|an|the|some|two|three|four) )", " , ", text)
    text = re.sub(r"\b([a-z]+(?:ing|s)) past (?=(?:a|an|the|some|two|three|four|five|six) )", r"\1 beside ", text)  # "walks past three mushrooms"
    text = re.sub(r"\b(?:fast |sound )?asleep\b", "sleeping", text)  # "a puppy asleep in a box"
    text = re.sub(r"\b(beside|next to|behind|in front of|near|by) (?:him|her)\b", r"\1 it", text)  # "a fox beside him"
    text = re.sub(r"\b(above|below|over|under) (?:him|her)(?= *(?:[,;:]|$))", r"\1 it", text)  # "above her", not "over her shoulder"
    # "sitting on a crescent moon and fishing": both what it does, there
    text = re.sub(r"\b([a-z]{3,}ing) (on|in|at|by) ((?:a|an|the) (?:[a-z]+ ){0,2}?[a-z]+) and ([a-z]{3,}ing)(?=\s*(?:[,;:.!?]|$))",
                  r"\1 and \4 \2 \3", text)
    # "on the edge of a tub", "on the surface of the moon"
    text = re.sub(r"\bon the (?:edge|rim|side|corner|end|arm|back|surface) of (?=(?:a|an|the|his|her|their|its) )", "on ", text)
    text = re.sub(r"\b(curled|crouched|hunkered|cuddled|snuggled|curling|crouching|lying|sitting|standing) (?:up|down)\b", r"\1", text)
    words = text.split()
    for k in range(1, len(words) if not names_shapes(text) else 0):  # shapes keep the planner's reading ("between them sits")
        w, before = words[k], words[k - 1]
        noun = (before not in STOPS | DETERMINERS | PLACE_WORDS | modifiers  # not "between them sits", "with black sails"
                and not before.isdigit() and end_of_phrase(words, k))
        plural = before.endswith("s") and not before.endswith("ss") or before in ("people", "children", "men", "women")
        if noun and (w in _DOING_S or w in _DOING and plural):
            words[k] = _DOING_S.get(w) or _DOING[w]
    return " ".join(words)


#: One noun phrase with its count: "a coffee mug", "two small plants".
_SOME = r"(?:a|an|some|two|three|four) (?:[a-z]+ ){0,2}?[a-z]+"


#: Words that end what "no ..." excludes ("no people at all", "no cars, just a bike").
_NOT_EXCLUDED = "|".join(sorted(STOPS - {",", ";", ":"} | set("just only except please all anywhere visible nearby whatsoever a an the any no "
                                                              "there here".split())))
_EXCLUDED_WORD = rf"(?!(?:{_NOT_EXCLUDED})\b)(?![a-z]+ing\b)[a-z]+"
_EXCLUDED_THING = rf"{_EXCLUDED_WORD}(?: (?![a-z]+ed\b){_EXCLUDED_WORD}){{0,2}}"  # "no cars parked": cars
#: What must not be in the picture: "no people", "without any animals or hikers", "no food and no dishes", "NO tv on the
#: wall", "not a single cloud", "nobody playing them".
_EXCLUSION = re.compile(
    r"\b(?:(?:with |and |but )?(?:no|not a single|not any|not even|(?:do not|don t|dont|never) (?:add|include|draw|put|show|place)(?: any| a| an)?"
    r"|without(?: (?:any|a|an|the))?)\s+(?!(?:wait|sorry|actually|longer|more|less|matter|need|idea|way|"
    r"problem|thanks|one|bigger|smaller|larger|background|doubt)\b)(?P<other>other |more |else )?(?:visible |extra )?"
    rf"(?P<what>{_EXCLUDED_THING}(?:\s*(?:or|nor|and no|, no)\s+(?:any\s+)?{_EXCLUDED_THING})*)|(?P<nobody>nobody|no one|noone)"
    r"(?: [a-z]+ing\b(?: (?:it|them|him|her|this|that|the [a-z]+))?)?)"
    r"(?:\s+(?:anywhere|at all|whatsoever|nearby|around|in sight|visible|in view|(?:on|in|inside|at|around) (?:it|them|there|"
    r"the (?:wall|walls|picture|image|scene|frame|shot|photo|background)))\b)*")


def rest_said(text: str) -> str:
    """ "keep the background blurry" says how the rest of the picture looks (read as "keep the rest blurry"), not a
    background colour; the planner asks this before it looks for one."""
    return re.sub(r"\b((?:leave|keep|make) )the background(?= (?!(?:white|black|gray|grey|plain|empty|clean)\b)[a-z]+\s*(?:[,;:]|$))",
                  r"\1the rest", text)


def exclusions(text: str) -> tuple[list[str], str]:
    """What a request of everyday things says must not be in the picture ("people", "umbrellas", "towels"), and the
    request without it: nothing excluded is drawn, and what is excluded is the picture's negative text."""
    excluded: list[str] = []

    def drop(match: re.Match) -> str:
        if match.group("other"):  # "don't add any other cars": the one asked for stays, nothing else is said
            return " "
        said = ["people"] if match.group("nobody") else re.split(r"\s*(?:\bor\b|\bnor\b|\band no\b|, no\b)\s*(?:any\s+)?", match.group("what"))
        excluded.extend(w for w in said if w and w not in excluded)
        return " "  # "a man without a hat walking": a man walking
    text = re.sub(r"\bnothing (?:too |very |overly )?(?=(?!(?:else|on|in|at|but|more|to|here|there|of|like|and|with|for|is|s)\b)"
                  r"[a-z]+\s*(?:[,;:]|$))",
                  "no ", text)  # "nothing scary": the picture's negative text
    return excluded, _EXCLUSION.sub(drop, text)


def names_shapes(text: str) -> bool:
    """The request names the planner's shapes ("a circle", "three squares"), whose words keep the planner's own reading."""
    return bool(_SHAPE_WORD.search(text))


_SHAPE_WORD = re.compile(r"\b(?:" + "|".join(sorted(SHAPE_WORDS)) + r")\b")


def _phrase(words: list[str], start: int) -> int:
    """The end (exclusive) of the noun phrase that starts at ``start``: a determiner, then at most four words before a
    stop; ``start`` when none."""
    k = start + (start < len(words) and words[start] in DETERMINERS)
    end = k
    while end < len(words) and end - k < 4 and not _ends_phrase(words, end, first=end == k):
        end += 1
    return end if end > k else start


def _ends_phrase(words: list[str], k: int, first: bool) -> bool:
    """``words[k]`` is not part of the noun phrase before it: a stop, a join, a new phrase's determiner, a glued tail, or
    what the object does ("a woman in a raincoat | holding an umbrella", but "a sleeping cat", "a cozy living room")."""
    word = words[k]
    return word in STOPS or word in HAVING or word[0] == "_" or not first and (word in DETERMINERS or _does(words, k))


def _is_object(words: list[str], setting: bool = False) -> bool:
    """A noun phrase that names an object: not a place ("the left", "each side"), nor a setting unless ``setting``."""
    return bool(words) and not set(words) & PLACE_WORDS and (setting or words[-1] not in SETTINGS - BUILDINGS) and not words[-1].isdigit()


#: What a clause that names the setting may start with.
_SETTING_LEADS = _LEAD_IN | frozenset("start begin with there is are s scene setting ok so".split())


def _named_settings(words: list[str], scene: Scene) -> list[str]:
    """A clause that only names where the scene is ("a kitchen with a kettle on the stove", "a park at dusk, two dogs
    playing") is the setting; what it is "with" are the scene's objects."""
    out: list[str] = []
    k = 0
    while k < len(words):
        start = k
        while (not out or out[-1] in (",", ";")) and start < len(words) and words[start] in _SETTING_LEADS:
            start += 1  # "start with a calm lake", "i d like a cozy reading nook", "there is a quiet beach"
        end = _phrase(words, start) if not out or out[-1] in (",", ";") else k
        nxt = words[end] if end < len(words) else ","
        named = end - (end - start > 1 and words[end - 1] in ("scene", "background", "backdrop"))  # "a harbour scene:"
        backdrop = words[end: end + 1] in (["scene"], ["background"], ["backdrop"])
        if backdrop and words[end + 1: end + 2] in ([","], [";"], [":"], []):
            named, end = end, end + 1  # "kitchen background" (the place word ends the phrase before it)
            nxt = words[end] if end < len(words) else ","
        if end > start and words[named - 1] in SETTINGS - {"moon"} and nxt in (",", ";", ":", "with", "where"):
            scene.setting.append(" ".join(words[start:named]))
            out.append(",")
            k = end + (nxt in ("with", "where"))
            continue
        out.append(words[k])
        k += 1
    return out


#: Doing words whose object can be the place itself: "crossing a road", "exploring a jungle", "roaming the streets".
_THROUGH_PLACES = frozenset("crossing exploring roaming wandering strolling hiking patrolling cruising traversing".split())


def _settings(words: list[str], scene: Scene) -> list[str]:
    """Take "in a park", "on the moon", "a city street behind her" out of ``words`` into ``scene.setting``; what is in
    the sky goes to the top, what is on the ground or in the water to the bottom."""
    out: list[str] = []
    k, held = 0, []
    while k < len(words):
        w = words[k]
        if held and w in (",", ";", ":"):  # "two swans in the water in front of a castle": at the bottom, after the castle
            out += held
            held = []
        crossing = w in _THROUGH_PLACES and words[k + 1: k + 2] != [] and words[k + 1] in DETERMINERS  # "ducks crossing a road"
        end = _phrase(words, k + 1) if w in _WHERE or w in _NEAR or crossing else k
        head = words[end - 1] if end > k + 1 else ""
        if crossing and head in SETTINGS - BUILDINGS:
            scene.setting.append(" ".join(words[k + 1: end]))
            out.append(w)
            k = end
            continue
        on_building = head in BUILDINGS - {"porch"} and w in ("above", "over", "on")  # "a cat on the garage": on its roof
        if head in SETTINGS and not crossing and not (head == "moon" and w != "on") and not on_building:
            if words[end: end + 1] == ["of"]:  # "in a field of sunflowers"
                end = _phrase(words, end + 1)
            scene.setting.append(" ".join(words[k + 1: end]))
            # "a balloon above a village": the village is where, the balloon high; "by a river": nothing put up or down
            high = head in SKY or w in ("above", "over")
            place = ["at", "the", "top"] if high else ["at", "the", "bottom"] if head in GROUND else []
            related = words[end: end + 3] == ["in", "front", "of"] or words[end: end + 1] in (["on"], ["behind"], ["against"])
            if w in _NEAR or not place:
                out.append(",")
            elif related:
                held = place
            else:
                out += place
            # "in a garden with five chairs": the chairs are the scene's, not the garden's
            k = end + (words[end: end + 1] == ["with"] and words[end + 1: end + 2] != [] and words[end + 1] in DETERMINERS)
            continue
        behind = _phrase(words, k)
        after = words[behind + 1: behind + 2]
        if behind > k and words[behind - 1] in SETTINGS and words[behind: behind + 1] == ["behind"] and after in (
                ["her"], ["him"], ["them"], ["it"], [","], [";"], []):
            scene.setting.append(" ".join(words[k: behind]))  # "..., a city street behind her", "ocean behind"
            out.append(",")
            k = behind + 1 + (after not in ([","], [";"], []))
            continue
        out.append(w)
        k += 1
    out += held
    scene.setting = list(dict.fromkeys(s if s.split()[0] in DETERMINERS or re.search(r"[^s]s$", s) else f"{'an' if s[:1] in 'aeiou' else 'a'} {s}"
                                       for s in scene.setting))  # "mountains", not "a mountains"
    return " ".join(out).split()


#: "at the edge of an ancient forest", "on the steps of a temple": in the forest, in the temple.
_EDGE_OF = re.compile(r"\b(?:on|at|in|by|near|along|across|from) the (?:very |far )?(?:edge|edges|steps|step|end|side|corner|entrance|foot|top|"
                      r"surface|bottom|outskirts|shore|shores|bank|banks|heart|gates?|doorstep|threshold) of (?=(?:a|an|the) (?:[a-z]+ ){0,2}?"
                      r"(?:" + "|".join(sorted(SETTINGS)) + r")\b)")
#: "the counter of a tiny cafe", "the roof of the station": the thing, in that place.
_THING_OF = re.compile(r"\b((?:the|a|an) (?:[a-z]+ ){0,2}?[a-z]+) of (?=(?:a|an|the) (?:[a-z]+ ){0,2}?(?:" + "|".join(sorted(SETTINGS)) + r")\b)")


def _parts_of_places(text: str) -> str:
    """Where in a place a scene is, said of the place: "at the edge of a forest" is in the forest, "behind the counter of a
    cafe" behind the counter, in the cafe; "at center stage" in the center, on a stage; "in the air" says no place."""
    text = _EDGE_OF.sub("in ", text)
    text = _THING_OF.sub(lambda m: m.group(0) if m.group(1).split()[-1] in GATHERING | PLACE_WORDS else f"{m.group(1)} in ", text)
    text = re.sub(r"\b(?:at|on) (?:the )?center stage\b", "in the center on a stage", text)
    return re.sub(r"\b(?:high )?(?:up )?(?:in|into) the air\b|\bmid ?air\b|\ball (?:around|over)(?= ?(?:[,;:]|$))", " ", text)


_CENTRE_OF = re.compile(r"\b(?:in|at) the center of ((?:a|an|the) (?:[a-z]+ ){0,2}?" + SETTING_NOUN + r")\b")
#: "in a park", "across a field", "above a village": where the scene is, when the phrase names a setting.
_WHERE = frozenset("in on at inside across through into down up above over".split())
#: "by a river", "along the shore": the setting, not a box; nothing is put at the top or the bottom by it.
_NEAR = frozenset("by near beside along alongside overlooking".split())


#: Words after which "it" or "them" is what a thing stands against: "two kids behind it", "a girl dancing in front of them".
_AGAINST = frozenset("behind on under below beneath above over beside against".split())
#: Nouns that name several at once: "a band ..., a girl in front of them".
_GROUPS = frozenset("band crowd family group team couple pair trio quartet herd flock pack choir orchestra".split())
_COUNTS = DETERMINERS - POSSESSIVES - {"the", "a", "an", "one"}


def _pointed_back(words: list[str]) -> list[str]:
    """ "it" or "them" after a relation word named by the thing it points back to ("a snowman, two kids behind it": two
    kids behind the snowman): the last thing said before the one the relation is about, a plural or group for "them"."""
    out: list[str] = []
    for k, w in enumerate(words):
        relation = (words[k - 1: k] and words[k - 1] in _AGAINST or words[max(0, k - 3): k] in (["in", "front", "of"], ["on", "top", "of"])
                    or words[max(0, k - 2): k] == ["next", "to"])
        leading = _leading_relation(words, k) is not None  # "behind it, snowy mountains": the thing said last
        thing = _before(words, k, plural=w == "them", leading=leading) if w in ("it", "them") and relation else None
        out += ["the", *thing.split()] if thing else [w]
    return out


#: Relations a clause can start with, before what they are about: "behind it, snowy mountains", "next to the rug, a cat".
_LEADING = (["in", "front", "of"], ["on", "top", "of"], ["next", "to"], ["behind"], ["above"], ["below"], ["under"], ["beneath"],
            ["beside"], ["over"], ["on"], ["inside"])


def _leading_relation(words: list[str], k: int) -> list[str] | None:
    """The relation that starts a clause and ends just before ``words[k]``, or None."""
    return next((r for r in _LEADING if words[max(0, k - len(r)): k] == r and (k == len(r) or words[k - len(r) - 1] in (",", ";", ":"))),
                None)


def _of_what(words: list[str], end: int) -> int:
    """Where a thing said from ``words[:end]`` ends with what it is of: "a jar | of nails"."""
    if words[end: end + 1] != ["of"]:
        return end
    j = end + 1
    while j < len(words) and words[j] not in STOPS and words[j] not in DETERMINERS:
        j += 1
    return j if j > end + 1 else end


def _relation_first(words: list[str]) -> list[str]:
    """ "behind the cabin , snowy mountains rising": the mountains behind the cabin (the relation said after them)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        relation = next((r for r in _LEADING if words[k: k + len(r) + 1] == [*r, "the"]), None) if not out or out[-1] in (",", ";", ":") or (
            out[-1] == "and" and len(out) > 1 and out[-2] == ",") else None
        said = k + len(relation) + 1 if relation else k
        # where the thing the relation names ends: at a comma ("behind the cabin , a shed") or the next article ("... a shed")
        comma = next((j for j in range(said + 1, _clause_end(words, said) + 1) if j == len(words) or words[j] == "," or words[j] in DETERMINERS),
                     len(words)) if relation else k
        start = comma + (comma < len(words) and words[comma] == ",")
        start += words[start: start + 1] == ["there"]  # "behind it, there is a shed"
        start += words[start: start + 1] in (["is"], ["are"], ["s"])
        end = _of_what(words, _phrase(words, start)) if relation and comma < len(words) and comma - said <= 3 else start
        while end > start and words[end: end + 1] in ([","], ["and"]) and words[end + 1: end + 2] and words[end + 1] in DETERMINERS - POSSESSIVES:
            end = _of_what(words, _phrase(words, end + 1))  # "on the workbench , a jar of nails , a cup and two hammers": all there
        if end > start and _is_object(words[said: comma]) and _is_object(words[start + (words[start] in DETERMINERS): end], setting=True):
            # "behind it a hill": a place, not a thing, is said for itself
            out += words[start:end] if words[end - 1] in SETTINGS - BUILDINGS else [*words[start:end], *words[k:comma]]
            k = end
            continue
        out.append(words[k])
        k += 1
    return out


#: Words that start a clause without naming a thing: "there is a cabin", "this is ...".
_NO_THING = frozenset("there here this that these those it they he she we you i".split())


def _before(words: list[str], k: int, plural: bool, leading: bool = False) -> str | None:
    """The words (without an article or count) of the thing ``words[k]`` points back to, or None."""
    said: list[tuple[int, int, bool, bool, bool]] = []  # (start, end, several, held, first of its clause) of each thing named before k
    i = 0
    while i < k:
        first = i == 0 or words[i - 1] in (",", ";", ":")  # "snowman with a scarf, two kids behind it": a clause's first words name a thing
        end = _phrase(words, i) if words[i] in DETERMINERS - POSSESSIVES or first and words[i] not in STOPS | _NO_THING else i
        if end > i and words[end - 1] not in SETTINGS - BUILDINGS and _is_object(words[i + (words[i] in DETERMINERS): end]) and end <= k:
            head = words[end - 1]
            several = words[i] in _COUNTS or head in _GROUPS or bool(re.search(r"[^su]s$", head))
            leads = not said or bool({",", ";", ":"} & set(words[said[-1][1]: i]))  # the first thing its clause names
            said.append((i, end, several, i > 0 and words[i - 1] in HAVING, leads))
        i = max(end, i + 1)
    subject = len(said) - (not leading)  # "behind it, mountains": what the relation is about comes after
    while subject > 0 and words[said[subject - 1][1]: said[subject - 1][1] + 1] == ["and"] and said[subject - 1][1] + 1 == said[subject][0]:
        subject -= 1  # "a desk, a lamp and a notebook on it": both are on it (if something was said before them)
    candidates = [s for s in said[:subject] if s[2] == plural and not s[3]]
    candidates = [s for s in candidates if s[4]] or candidates  # a clause's subject before what it does something to
    if not candidates:
        return None
    start, end = candidates[-1][:2]
    return " ".join(words[start + (words[start] in DETERMINERS): end])


def _relations(words: list[str]) -> list[str]:
    """ "X on Y" and "X in front of Y": X inside Y's box; "X behind Y": Y inside X's box."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        front = w == "in" and words[k + 1: k + 3] == ["front", "of"]
        held = w in ("in", "inside") and not front and k > 0 and _holds(words, k)
        if w == "," and words[k + 1: k + 2] in (["on"], ["against"]) and out and out[-1] not in STOPS and _is_object(
                words[k + 2: _phrase(words, k + 2)]):
            k += 1  # "ramen bowl, on a black table": the bowl on the table
            continue
        if words[k + 1: k + 2] and words[k + 1] in POSSESSIVES:  # "a rod over his shoulder": what the object has
            out.append(w)
            k += 1
            continue
        on = w in ("on", "against") and words[k + 1: k + 2] != ["top"]
        if (on or front or held) and out and out[-1] not in STOPS and out[-1] not in DETERMINERS:
            start = k + (3 if front else 1)
            end = _phrase(words, start)
            heading = words[end: end + 1] == [":"]  # "a traffic light on a pole: red, yellow, green circles ...": the items follow
            if (end > start and _is_object(words[start:end]) or words[start: start + 1] == ["it"]) and not heading:
                doing = _doing_after(words, end)  # "a couple sitting on a bench feeding pigeons": the couple feeds them
                out += [*words[end:doing], "insideof", *words[start:end]]
                k = doing
                then = _then_relation(words, k)
                if then:  # "an owl on a branch below a full moon": the branch (with the owl) below the moon
                    out += [",", *words[then[1]: then[2]], then[0], "it"]
                    k = then[2]
                continue
        if w == "over" and out and out[-1] not in STOPS and _is_object(words[k + 1: _phrase(words, k + 1)], setting=True):
            out.append("above")  # "balloons over mountains"
            k += 1
            continue
        if w == "behind" and out and out[-1] not in STOPS:
            end = _phrase(words, k + 1)
            if end > k + 1 and _is_object(words[k + 1: end]):
                out += [",", *words[k + 1: end], "insideof", "it"]
                k = end
                continue
        out.append(w)
        k += 1
    return [w for clause in _shared_by_list(_clauses(out)) for w in _placed_last(_stacked(clause))]


def _clauses(words: list[str]) -> list[list[str]]:
    """``words`` cut after each "," ";" and ":"."""
    cuts = [k + 1 for k, w in enumerate(words) if w in (",", ";", ":")]
    return [words[a:b] for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True) if words[a:b]]


def _clause_end(words: list[str], k: int) -> int:
    """Where the clause that ``words[k]`` is in ends: at the next "," ";" or ":", or the end."""
    return next((j for j in range(k, len(words)) if words[j] in (",", ";", ":")), len(words))


def _item_start(words: list[str]) -> int | None:
    """Where the one thing ``words`` name starts (its determiner), after a lead-in ("draw a dog": 1), or None."""
    k = 0
    while k < len(words) and words[k] in _LEAD_IN:
        k += 1
    if words[k: k + 1] and words[k] in DETERMINERS:
        return k if _is_object(words[k + 1:]) else None
    bare = words[k:]  # "croissants and a latte": things said without an article
    return k if _bare_thing(bare, 3) and bare[-1].endswith("s") else None


def _bare_thing(words: list[str], most: int) -> bool:
    """``words`` name one thing without an article ("cup", "glass jars"), in at most ``most`` words."""
    return 0 < len(words) <= most and not set(words) & (STOPS | DETERMINERS) and _is_object(words)


def _one_thing(words: list[str]) -> bool:
    """``words`` name one thing without an article: "croissant", "espresso cup", "cup of tea"."""
    of = words.index("of") if words.count("of") == 1 else 0
    return _bare_thing(words, 2) or bool(of) and _bare_thing(words[:of], 2) and _bare_thing(words[of + 1:], 2)


def _sharing(clause: list[str]) -> tuple[list[str], list[str], list[str], list[str], list[str]] | None:
    """ "a laptop and a coffee mug insideof a desk": both on the desk. The pair, the place as first said ("a desk") and as
    said again ("the desk"), and what follows the place: (first, second, here, there, tail); None for no such pair."""
    if clause.count("insideof") != 1 or clause.count("and") != 1:
        return None
    join, on = clause.index("and"), clause.index("insideof")
    first, second, where = clause[:join], clause[join + 1: on], clause[on + 1:]
    if join > on:
        return None
    end = len(where) - (where[-1:] in ([","], [";"], [":"]))
    place, tail = where[:end], where[end:]
    if all(_bare_thing(p, 3) for p in (first, second, place)):
        return first, second, place, ["the", *place], tail  # "cup and croissant on table"
    if _item_start(first) is None and not _one_thing(first) or _item_start(second) != 0 and not _one_thing(second):
        return None  # "robot and a girl sitting on ..."; "croissant and espresso cup on the table", "cup of tea and a slice ..." share
    if place == ["it"]:  # "a laptop and a mug on it"
        return first, second, place, place, tail
    return (first, second, place, ["the", *place[1:]], tail) if place[:1] and place[0] in DETERMINERS else None


def _listed(clause: list[str]) -> int | None:
    """Where the thing named alone in ``clause`` ("a folded map ,") starts, or None; a big thing ("a red car ,") is no
    table's or bench's."""
    return None if len(clause) < 2 or clause[-1] != "," or clause[-2] in BIG else _item_start(clause[:-1])


def _shared_by_list(clauses: list[list[str]]) -> list[list[str]]:
    """Things said together before a place they share are all there: "a laptop and a mug insideof a desk", and "an oil
    lamp , a folded map and a brass compass insideof a table" (each clause of the list a thing alone, the first after a
    lead-in). The first of them names the place ("a table"), every later one points back to it ("the table")."""
    out: list[list[str]] = []
    for clause in clauses:
        parts = _sharing(clause)
        if parts is None:
            out.append(clause)
            continue
        first, second, here, there, tail = parts
        k = len(out)
        if _item_start(first) == 0:  # the pair is the list's end only when no lead-in starts it
            while k and _listed(out[k - 1]) == 0 and out[k - 1][-2] != there[-1]:  # not the place itself ("a desk , a lamp and ... on it")
                k -= 1
            k -= bool(k and _listed(out[k - 1]) and out[k - 1][-2] != there[-1])  # "draw a lamp ,": the list's first
        things = [item[:-1] for item in out[k:]] + [first]
        out[k:] = [[*thing, "insideof", *(here if j == 0 else there), ","] for j, thing in enumerate(things)]
        out[-1] += [*second, "insideof", *there, *tail]
    return out


def _stacked(clause: list[str]) -> list[str]:
    """ "a cat insideof a rug insideof a fireplace" (a cat on a rug in front of a fireplace): each on the next, said
    from the bottom up, one at a time ("a fireplace , a rug insideof the fireplace , a cat insideof the rug"), as the
    planner reads one thing inside another."""
    if clause.count("insideof") != 2 or "it" in clause:
        return clause
    i = clause.index("insideof")
    j = clause.index("insideof", i + 1)
    stop = len(clause) - (clause[-1] in (",", ";", ":"))  # the clause's own end stays its end
    a, b, c = clause[:i], clause[i + 1: j], clause[j + 1: stop]
    end = _phrase(c, 0)
    whole = (a[:1] != [] and _phrase(b, 0) == len(b) and a[0] in DETERMINERS and b[0] in DETERMINERS
             and c[:1] != [] and c[0] in DETERMINERS)
    if not (whole and _is_object(a) and _is_object(b) and _is_object(c[:end])):
        return clause
    return [*c, ",", *b, "insideof", "the", c[end - 1], ",", *a, "insideof", "the", b[-1], *clause[stop:]]  # "a cat sleeping": kept


def _placed_last(clause: list[str]) -> list[str]:
    """ "at the bottom a frog insideof a lily pad": the place said last, where it moves the lily pad with the frog."""
    k = int(clause[:1] == ["and"])
    if "insideof" not in clause or clause[k: k + 1] not in (["at"], ["on"], ["in"]) or clause[k + 1: k + 2] != ["the"]:
        return clause
    end = k + 2
    while end < len(clause) and (clause[end] in PLACE_WORDS or clause[end] in ("of", "the")):
        end += 1
    if end == k + 2 or end == len(clause) or clause[end] not in DETERMINERS:
        return clause
    tail = len(clause) - (clause[-1] in (",", ";", ":"))
    return [*clause[:k], *clause[end:tail], *clause[k:end], *clause[tail:]]


def _doing_after(words: list[str], k: int) -> int:
    """Where what an object does, said after the thing it is on ("sitting on a sill | looking out at the rain"), ends:
    at the clause's end or before "and" and a new phrase; ``k`` when nothing is done there."""
    if k >= len(words) or not _does(words, k) or words[k] in SHOWING:
        return k
    end = k
    while end < len(words) and words[end] not in (",", ";", ":") and words[end: end + 2] not in (["and", w] for w in DETERMINERS):
        end += 1
    return end


def _holds(words: list[str], k: int) -> bool:
    """What "in" at ``words[k]`` names holds what comes before: a container ("a cat in a basket"), or a thing after what
    the object does ("a man sitting in a chair"), but not what it wears ("dressed in a red gown")."""
    what = words[k + 1: _phrase(words, k + 1)]
    if words[k + 1: k + 2] == [] or words[k + 1] not in DETERMINERS:  # "jumping in puddles": where, not in what
        return False
    doing = (_does(words, k - 1) or _done(words, k - 1, frozenset())) and words[k - 1] not in _WEARING
    return _is_object(what) and (what[-1] in CONTAINERS or doing)


#: Verbs of wearing: "dressed in a gown" is worn, not a container.
_WEARING = frozenset("dressed clad wrapped covered bundled wearing clothed draped decked".split())


#: A relation said after the thing something is on, turned round to say it of the other thing: "X below Y" -> "Y above X".
_TURNED = {"below": "above", "above": "below", "beside": "beside", "next": "beside", "near": "beside", "left": "right of",
           "right": "left of"}


def _then_relation(words: list[str], k: int) -> tuple[str, int, int] | None:
    """The relation said at ``words[k]`` and the object it names ("below a full moon", "next to a laptop"): (the relation
    turned round, start and end of the object's phrase), or None."""
    if k >= len(words) or words[k] not in _TURNED:
        return None
    start = k + 1 + (words[k + 1: k + 2] in (["to"], ["of"]))
    end = _phrase(words, start)
    if end > start and words[end: end + 1] == ["of"] and words[end - 1] in GATHERING | _PORTIONS:  # "next to a stack of books"
        end = _phrase(words, end + 1)
    return (_TURNED[words[k]], start, end) if end > start and _is_object(words[start:end]) else None


#: Words that say how much of something: "a stack of books", "a cup of coffee".
_PORTIONS = frozenset("stack stacks pile piles heap cup glass bowl plate jar bottle basket box bunch vase pot mug slice loaf".split())


def _tails(words: list[str], modifiers: frozenset[str]) -> list[str]:
    """What an object (not a shape) does or has, glued to it as one token: "a dog playing" -> "a dog _playing", "a woman
    holding an umbrella" -> "a woman _holding_an_umbrella", "a man with a red hat" -> "a man _with_a_red_hat"."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        noun = out[-1] if out else ","
        after_noun = not (noun in STOPS or noun in DETERMINERS or noun in SHAPE_WORDS or noun in modifiers or noun in PLACE_WORDS
                          or noun.isdigit() or w == "of" and noun in GATHERING)
        doing = _does(words, k) or _done(words, k, modifiers)
        end = _phrase(words, k + 1)
        what = words[k + 1: end]
        # "holding an umbrella", not "with stripes", "in orange", "playing on the left"
        has = _is_object(what) and not set(what) & SHAPE_WORDS and what[-1] not in modifiers
        if set(what) & SHAPE_WORDS or w in SHOWING:  # "a graphic depicting an orange triangle": the triangle is the object
            doing = False
        if (after_noun and has and (what[-1] in ANIMATE | BIG or w in _APART or set(what) & _HUGE) and (doing or w == "with")
                and w not in ("holding", "carrying")
                and "insideof" not in words[end: _clause_end(words, end)]):  # not "a knight fighting a dragon in front of a castle"
            # "a man walking a dog", "kids building a sandcastle", "an old man with a young boy": each its own box, side by
            # side; "a squirrel climbing a tree": on it
            out += ([] if w == "with" else ["_" + w]) + ["insideof" if w == "climbing" else "beside"]
            k += 1
            continue
        if after_noun and doing and k + 1 < len(words) and _does(words, k + 1):  # "sitting | looking out at the rain"
            out.append("_" + w)
            k += 1
            continue
        at, toward = _toward(words, k + 1) if doing else (k + 1, k + 1)
        if after_noun and toward > at:  # "howling at the moon", "looking out at the rain": what it does, where
            apart = words[toward - 1] in ANIMATE | BIG | _SKY_THINGS  # "running away from a goose": the goose has its own box
            out += ["_" + "_".join(words[k:at]), "," if words[toward - 1] in _SKY_THINGS else "beside"] if apart else [
                "_" + "_".join(words[k:toward])]
            k = at + 1 if apart else toward
            continue
        if after_noun and (doing or w in HAVING and has):
            also = _held_too(words, end) if has and w not in ("in", "of") else end
            out.append("_" + "_".join([w, *(words[k + 1: also] if has else [])]))
            k = also if has else k + 1
            continue
        if (after_noun or noun[0] == "_") and w in _ON_BODY and words[k + 1: k + 2] and words[k + 1] in POSSESSIVES:
            end = _phrase(words, k + 1)  # "with a rod over his shoulder": what the object has, where
            out[-1:] = [out[-1] + "_" + "_".join(words[k: end])] if noun[0] == "_" else [noun, "_" + "_".join(words[k: end])]
            k = end
            continue
        if _beside_after(out, words, k):  # "playing chess at a table": the table drawn beside
            k += words[k] in _AT_THING
            continue
        then = k + 1 < len(words) and (_does(words, k + 1) or _done(words, k + 1, modifiers))
        if w == "and" and noun[0] == "_" and then:
            k += 1  # "wearing a scarf and carrying a suitcase": both the penguin's
            continue
        if w == "," and noun not in STOPS and noun not in SHAPE_WORDS and then:
            k += 1  # "a red fox, curled on a rock": what the fox does
            continue
        out += _own(words, k, noun)
        k += 1
    return out


#: Said after what an object does, these join a thing of its own: "playing chess at a table", "reading to three rabbits".
_AT_THING = frozenset("at around to for".split())


def _beside_after(out: list[str], words: list[str], k: int) -> bool:
    """After what an object does, "at a wooden table", "around a round table", "to three rabbits" or "(diving) for a ball"
    at ``words[k]`` name a thing of its own, drawn beside the object: "beside" goes to ``out`` (in place of a glued "for")."""
    glued = out[-1] if out else ""
    start = k + (words[k] in _AT_THING)
    what = words[start: _phrase(words, start)]
    if not glued.startswith("_") or not what or what[0] not in DETERMINERS or not _is_object(what):
        return False
    if start == k + 1:
        out.append("beside")
        return True
    if glued.rsplit("_", 1)[-1] not in _AT_THING:
        return False
    out[-1:] = [glued.rsplit("_", 1)[0], "beside"]
    return True


#: Doing words whose object is never held: "a boy kicking a football", "a wizard fighting a slime" draw it beside.
_APART = frozenset("kicking chasing fighting battling attacking facing".split())
#: Words that make a thing too big to hold: "a giant slime", "a huge pumpkin".
_HUGE = frozenset("giant huge enormous gigantic massive colossal towering".split())


def _own(words: list[str], k: int, before: str) -> list[str]:
    """``words[k]`` as said, but a possessive that starts someone of their own ("a boy and his grandfather", "a woman with
    her dog") is "a", and none where a count follows ("walking her two dogs")."""
    if words[k] not in POSSESSIVES or before not in ("and", ",", ";", ":", "beside"):
        return [words[k]]
    return [] if words[k + 1: k + 2] and words[k + 1] in DETERMINERS else ["a"]


#: What is seen in the sky: "howling at a full moon" draws the moon too.
_SKY_THINGS = frozenset("moon sun".split())


def _toward(words: list[str], k: int) -> tuple[int, int]:
    """Where "at the moon", "out at the rain", "away from a goose" at ``words[k]``, after a doing word, says its place
    word and where it ends: (the place word, the end); (k, k) when there is none."""
    at = k + (k < len(words) and words[k] in _PARTICLES)
    if at >= len(words) or words[at] not in ("at", "into", "toward", "towards", "to", "from"):
        return k, k
    end = _phrase(words, at + 1)
    return (at, end) if end > at + 1 and _is_object(words[at + 1: end], setting=True) else (k, k)


def _done(words: list[str], k: int, modifiers: frozenset[str]) -> bool:
    """``words[k]`` says how an object is: "parked", "curled" (not a colour or texture word such as "striped")."""
    return words[k].endswith("ed") and len(words[k]) > 4 and words[k] not in modifiers and end_of_phrase(words, k)


#: Where on its body an object has something: "over his shoulder", "around its neck", "on her head".
_ON_BODY = frozenset("over above on in around across under below behind at".split())


def _held_too(words: list[str], end: int) -> int:
    """Where what is held ends: "holding a sword and a shield" holds both; "holding a leash and a dog" is two things."""
    if words[end: end + 1] == ["and"]:
        stop = _phrase(words, end + 1)
        said = words[end + 1] in ("a", "an", "his", "her", "its", "their") or stop == end + 2  # "a sword and shield"
        if stop > end + 1 and _is_object(words[end + 1: stop]) and words[stop - 1] not in ANIMATE and said:
            return stop
    return end


def _does(words: list[str], k: int) -> bool:
    """``words[k]`` says what an object is doing: "playing" in "dogs playing", "building" in "children building a
    sandcastle"; not "living" in "a living room", nor "building" in "a tall building"."""
    w = words[k]
    if _animate(words[k - 1] if k else "") and w.endswith("ing") and len(w) > 4 and w not in ING_NOUNS:
        return True  # "a woman playing piano", "a girl eating ice cream"
    return (w.endswith("ing") and len(w) > 4 and end_of_phrase(words, k)
            and (w not in ING_NOUNS or words[k + 1: k + 2] != [] and words[k + 1] in DETERMINERS))


def _animate(word: str) -> bool:
    """``word`` names people or an animal: "astronauts", "businessmen"."""
    return word in ANIMATE or word.endswith(("man", "men"))


def end_of_phrase(words: list[str], k: int) -> bool:
    """``words[k]`` is the last word of its phrase: "parked" in "a car parked in front of ...", "fighting" in "a knight
    fighting a dragon", not "living" in "a living room"."""
    after = words[k + 1] if k + 1 < len(words) else ""
    also = after.endswith("ing") and len(after) > 4 and after not in ING_NOUNS  # "sitting looking out": both what it does
    return not after or after in STOPS or after in DETERMINERS or after.isdigit() or after in HAVING or after in _AFTER_DOING or also


#: What follows a doing word and is not a noun: a pronoun ("a girl watching it"), or a particle ("looking out at the rain").
_PRONOUNS = frozenset("it them him me us".split())
_PARTICLES = frozenset("out away back off around".split())
_AFTER_DOING = _PRONOUNS | _PARTICLES


def unglue(token: str) -> str:
    """A glued tail's words: "_holding_an_umbrella" -> "holding an umbrella"."""
    return token[1:].replace("_", " ")
