"""English function words, for the stopword density of a line.

Written for storyline (not copied from a stoplist): prose is dense in these words ("the", "of",
"that", "said"), navigation and headline lists are not. jusText's classic threshold idea: body
paragraphs run above ~30 % function words, menus well below.
"""
from __future__ import annotations

STOPWORDS: frozenset[str] = frozenset("""
a about above after again against ago all almost along already also although always am among an
and another any anyone anything are around as at back be became because become been before being
below between both but by can cannot could did do does doing done down during each either else
enough even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like made make many may me
might more most much must my myself near neither never no nor not now of off often on once one
only or other others our ours ourselves out over own per perhaps rather said same say says she
should since so some still such than that the their theirs them themselves then there these they
this those though through thus to too toward towards under until up upon us very was we were what
whatever when where whether which while who whom whose why will with within without would yet you
your yours yourself told according also amid despite says saying asked added
""".split())
