#!/usr/bin/env python3
"""Writes domain/src/main/resources/jp/kenpo/kennin/domain/credential/common-passwords.txt.

The block-list every credential policy applies (NIST SP 800-63B: refuse commonly used, expected or
compromised values). It is generated, not downloaded: the words that top every published list of
leaked passwords, Japanese words, names and places people use, this product's own words, keyboard
walks and digit runs, each with the trivial variants people add to pass composition rules (a
capital, 1, 123, !, 1!, a year, @ for a, 0 for o ...). Entries are stored normalised (NFKC, lower
case), as CommonPasswords compares them; CommonPasswords also strips leading and trailing digits and
symbols and undoes look-alike digits before looking a password up, so "Sakura2024!!" is caught by
"sakura". Run: python3 domain/tools/generate-common-passwords.py
"""
import os
import unicodedata

BASES = """
password passwd passw0rd pass pass123 qwerty qwertyuiop qwertz azerty asdf asdfgh asdfghjkl zxcvbn zxcvbnm
qazwsx qaz wsx letmein welcome welcome1 admin administrator login logon master dragon monkey shadow
sunshine princess football baseball soccer hockey basketball golf tennis iloveyou trustno1 superman
batman spiderman ironman michael jennifer jordan hunter ranger buster tigger charlie robert thomas daniel
andrew jessica ashley amanda nicole michelle killer hello freedom whatever starwars pokemon computer
internet secret summer winter spring autumn flower cheese chocolate cookie banana orange apple purple
silver golden diamond access mustang ferrari corvette harley yankees liverpool arsenal chelsea matrix
ninja samsung google facebook twitter instagram linkedin microsoft windows android iphone changeme
default guest test testing tester user username root toor abc abcd abcde abcdef abcdefg abcdefgh
abc123 123abc a1b2c3 a1b2c3d4 aa123456 lovely loveme love angel baby babygirl beautiful blessed jesus
heaven hello123 money letmein1 pepper ginger maggie lucky happy smile friends family forever
qwer asdfqwer zaq1 zaq12wsx 1qaz2wsx 1q2w3e4r 1q2w3e4r5t q1w2e3r4 q1w2e3r4t5 qwe123 qweasd qweasdzxc
asd123 zxc123 mypassword yourpassword nopassword newpassword oldpassword temp temporary
sakura hikari takumi tokyo osaka kyoto yokohama nagoya sapporo fukuoka kobe sendai hiroshima nihon
nippon japan daisuki aishiteru arigato arigatou konnichiwa sayonara ohayou doraemon pikachu totoro naruto
anpanman kitty hellokitty gundam sailormoon onepiece luffy goku dragonball mario zelda sonic tanaka
suzuki sato satou takahashi watanabe yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima
maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura
fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada
nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando
taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda hirano kojima otsuka
chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura kikuchi sano onishi sugimoto arai
hiroshi takashi akira yuki yuko keiko kenji kazuya makoto daisuke shota haruto yuto sota yui aoi hina
rin mio yuna ren riku kaito hiroki naoki tomoko yoko kazuko akiko emi mai ai saki misaki ayaka
taro hanako ichiro jiro saburo kenta yusuke ryota takuya tsubasa shun sho kei ken ryo
kenpo kenkohoken kenkou hoken kumiai kenpokumiai hihokensha fuyou fuyousha mynumber
mynaportal kaisha shain kaiin nenkin
neko inu usagi sora umi yama hana tsuki hoshi kaze yume ai kokoro ichigo momo ringo mikan
""".split()

DIGITS = """
123456 1234567 12345678 123456789 1234567890 0123456789 12345 1234 123 111111 1111111 11111111 000000
00000000 0000 222222 333333 444444 555555 666666 777777 888888 999999 99999999 123123 123321 121212
112233 654321 7654321 87654321 987654321 9876543210 147258369 159357 159753 102030 131313 123654
789456 789456123 456789 246810 135790 314159 271828 11223344 12341234 1234512345 123456123456
""".split()

# CommonPasswords strips such affixes itself; these few stay listed so the file reads as what it blocks.
SUFFIXES = ["", "1", "12", "123", "1234", "!", "1!", "123!", "@", "0", "01", "2025", "2026"]

LEET = {"a": "@", "o": "0", "i": "1", "e": "3", "s": "$", "l": "1", "t": "7"}


def norm(s):
    return unicodedata.normalize("NFKC", s).lower()


def leet_variants(word):
    out = {word}
    for plain, look in LEET.items():
        out |= {w.replace(plain, look) for w in out}
    return out


def main():
    entries = set()
    for base in BASES:
        for word in leet_variants(base) if len(base) >= 5 else {base}:
            for suffix in SUFFIXES if word == base else ["", "1", "1!"]:
                entries.add(norm(word + suffix))
    for run in DIGITS:
        for suffix in ["", "!", "a", "q", "@", "#", "?", "."]:
            entries.add(norm(run + suffix))
            entries.add(norm(suffix + run))
    for ch in "abcdefghijklmnopqrstuvwxyz0123456789":
        for n in (6, 8, 10, 12, 15, 16):
            entries.add(ch * n)
    entries = sorted(e for e in entries if len(e) >= 3)
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, "..", "src", "main", "resources", "jp", "kenpo", "kennin", "domain", "credential",
                          "common-passwords.txt")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write("# Generated by domain/tools/generate-common-passwords.py: do not edit by hand. NFKC, lower case, one a line.\n")
        for e in entries:
            f.write(e + "\n")
    print(len(entries), "entries in", os.path.normpath(target))


if __name__ == "__main__":
    main()
