"""The demo's sample film: a few seconds of title cards, made at load time so
the film page has a player without any video in the repository.

Each card names a stage of a partnership; the captions (WebVTT, one file per
language) say the same, so the player's subtitle track can be tried out.
"""

from fractions import Fraction
from functools import cache
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT, FPS = 480, 270, 6
SECONDS_PER_CARD = 2

CARDS = {
    "da": [
        "Byg partnerskaber",
        "Opstart: hvad kan vi sammen?",
        "Aftale: hvem gør hvad?",
        "Kommunikation: fortæl om det",
        "Evaluering: hvad lærte vi?",
    ],
    "en": [
        "Build partnerships",
        "Initiation: what can we do together?",
        "Agreement: who does what?",
        "Communication: tell people about it",
        "Evaluation: what did we learn?",
    ],
}
FILM = {
    "title": "Byg partnerskaber – eksempelfilm",
    "captions": {
        "da": "Byg partnerskaber – eksempelfilm, undertekster (dansk)",
        "en": "Byg partnerskaber – sample film, captions (English)",
    },
}
COLOURS = ["#1d3557", "#2a6f97", "#6a4c93", "#b5651d", "#2d6a4f"]


def _timestamp(seconds: int) -> str:
    return f"00:00:{seconds:02d}.000"


def build_captions(language: str) -> bytes:
    """WebVTT captions for the film, one cue per card."""
    cues = ["WEBVTT", ""]
    for number, text in enumerate(CARDS[language]):
        start, end = number * SECONDS_PER_CARD, (number + 1) * SECONDS_PER_CARD
        cues += [
            str(number + 1),
            f"{_timestamp(start)} --> {_timestamp(end)}",
            text,
            "",
        ]
    return "\n".join(cues).encode()


def _card(text: str, colour: str, progress: float) -> Image.Image:
    image = Image.new("RGB", (WIDTH, HEIGHT), colour)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=26)
    box = draw.textbbox((0, 0), text, font=font)
    position = ((WIDTH - (box[2] - box[0])) / 2, (HEIGHT - (box[3] - box[1])) / 2)
    draw.text(position, text, fill="white", font=font)
    # A bar along the bottom grows while the card is shown.
    draw.rectangle((0, HEIGHT - 10, int(WIDTH * progress), HEIGHT), fill="white")
    return image


@cache  # made once per process: tests load the demo many times
def build_film() -> bytes:
    """The film as WebM (VP8), about ten seconds long and some tens of kB."""
    import av  # needed only when the demo is loaded

    buffer = BytesIO()
    with av.open(buffer, mode="w", format="webm") as container:
        stream = container.add_stream("libvpx", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.codec_context.time_base = Fraction(1, FPS)
        stream.options = {"deadline": "realtime", "cpu-used": "8"}
        frames_per_card = FPS * SECONDS_PER_CARD
        for number, text in enumerate(CARDS["da"]):
            colour = COLOURS[number % len(COLOURS)]
            for index in range(frames_per_card):
                image = _card(text, colour, (index + 1) / frames_per_card)
                frame = av.VideoFrame.from_image(image)
                frame.pts = number * frames_per_card + index
                for packet in stream.encode(frame):
                    container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buffer.getvalue()
