"""A share bar is told in any language by its shape and the networks it names."""

from __future__ import annotations

import pytest

from cleaner.share_bars import is_share_bar

BARS = [
    "Partager sur Facebook Partager sur X Envoyer par e-mail",  # the verb at each network
    "Teilen auf Facebook | Auf X teilen | Per E-Mail senden",  # buttons parted by bars
    "Поделиться ВКонтакте Telegram Одноклассники",  # a row of names under one verb
    "Udostępnij na Facebooku Udostępnij na X",  # an inflected name
    "Jaa Facebookissa Jaa WhatsAppissa",
    "Del på Facebook Del på LinkedIn Del på X",  # a short verb, at every network
    "分享到微信 分享到微博 复制链接",
    "페이스북 공유 트위터 공유",
    "شارك على فيسبوك شارك على واتساب",
    # Indian scripts: a case ending written onto the name, short words repeated as a phrase
    "பேஸ்புக்கில் பகிர் ட்விட்டரில் பகிர் வாட்ஸ்அப்",
    "ఫేస్\u200cబుక్\u200cలో షేర్ చేయండి ట్విట్టర్\u200cలో షేర్ చేయండి వాట్సాప్",
    "ഫേസ്ബുക്കിൽ പങ്കിടുക ട്വിറ്ററിൽ പങ്കിടുക വാട്സ്ആപ്പ്",
    "ಫೇಸ್\u200cಬುಕ್\u200cನಲ್ಲಿ ಹಂಚಿಕೊಳ್ಳಿ ಟ್ವಿಟರ್\u200cನಲ್ಲಿ ಹಂಚಿಕೊಳ್ಳಿ ವಾಟ್ಸ್\u200cಆ್ಯಪ್",
    "ફેસબુક પર શેર કરો ટ્વિટર પર શેર કરો વોટ્સએપ",
    "ਫੇਸਬੁੱਕ ਤੇ ਸਾਂਝਾ ਕਰੋ ਟਵਿੱਟਰ ਤੇ ਸਾਂਝਾ ਕਰੋ ਵਟਸਐਪ",
]

HEADLINES = [
    "Facebook, Instagram and WhatsApp down worldwide",
    "Facebook and Twitter face EU fines over hate speech",
    "Twitter vs Facebook",
    "WhatsApp, Telegram or Signal?",
    "Why Facebook and Twitter and Instagram matter",
    "Telegram-Chef Durow in Frankreich festgenommen",
    "Meta lanza Threads para competir con X",
    "Mailboxes and lines at Facebook offices",
    "Share on X",  # one network: the phrase files' business
    "E-mail | X",  # only ambiguous names
    "Partager sur Facebook, partager sur X: les deux réseaux perdent des lecteurs.",
]


@pytest.mark.parametrize("line", BARS)
def test_share_bars_in_many_languages(line: str) -> None:
    assert is_share_bar(line)


@pytest.mark.parametrize("line", HEADLINES)
def test_headlines_and_sentences_naming_networks_are_no_share_bar(line: str) -> None:
    assert not is_share_bar(line)
