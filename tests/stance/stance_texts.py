"""Texts written for the stance tests: one claim and a body for each stance toward it."""
CLAIM = "Giant spider found living in a family's bathroom in Leeds"
BODIES = {
    "agree": ("A giant spider has been found living in a family's bathroom in Leeds. The family said the spider, "
              "as large as a dinner plate, had been hiding behind the bath for weeks. Pest control officers "
              "confirmed the spider was real and removed it on Monday. Photos of the giant spider show its long "
              "hairy legs."),
    "disagree": ("Reports that a giant spider was found living in a family's bathroom in Leeds are a hoax. "
                 "The photo of the spider is fake, experts said, and the story is false. The family denied the "
                 "report and said no spider was ever found. The hoax was debunked by local officials."),
    "discuss": ("A giant spider was reportedly found in a family's bathroom in Leeds, according to a local "
                "newspaper. The claim could not be verified. The family has not commented, and it is unclear "
                "whether the spider photos, which have been shared online, are genuine."),
    "unrelated": ("The city council approved a new budget for road repairs on Tuesday. Councillors voted 30 to 12 "
                  "in favour of the plan, which will fund the resurfacing of forty streets over three years."),
}
