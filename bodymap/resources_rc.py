# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01\x12\
[\
Desktop Entry]\x0aT\
ype=Application\x0a\
Name=bodymap\x0aGen\
ericName=Pain di\
ary on a body ma\
p\x0aComment=Mark t\
rigger points an\
d referred pain,\
 keep episodes, \
print a map for \
your physiothera\
pist\x0aExec=bodyma\
p\x0aIcon=org.bodym\
ap.BodyMap\x0aCateg\
ories=Utility;Me\
dicalSoftware;Qt\
;\x0aTerminal=false\
\x0a\
\x00\x00\x02\x7f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 version=\x22\
1.2\x22 baseProfile\
=\x22tiny\x22 viewBox=\
\x220 0 64 64\x22 widt\
h=\x2264\x22 height=\x226\
4\x22>\x0a  <rect x=\x222\
\x22 y=\x222\x22 width=\x226\
0\x22 height=\x2260\x22 r\
x=\x2212\x22 fill=\x22#3f\
6f8f\x22/>\x0a  <circl\
e cx=\x2232\x22 cy=\x2215\
\x22 r=\x226.5\x22 fill=\x22\
#f4efe9\x22/>\x0a  <pa\
th d=\x22M32 23 C24\
 23 19 25 18 30 \
L15 44 C14.6 46 \
17.4 46.8 18 45 \
L21.5 33 L23 33 \
L22 58 C22 60.5 \
26 60.5 26.3 58 \
L29.5 41 L34.5 4\
1 L37.7 58 C38 6\
0.5 42 60.5 42 5\
8 L41 33 L42.5 3\
3 L46 45 C46.6 4\
6.8 49.4 46 49 4\
4 L46 30 C45 25 \
40 23 32 23 Z\x22 f\
ill=\x22#f4efe9\x22/>\x0a\
  <circle cx=\x2238\
\x22 cy=\x2229\x22 r=\x223.6\
\x22 fill=\x22#d94f3d\x22\
/>\x0a  <circle cx=\
\x2238\x22 cy=\x2229\x22 r=\x22\
6.5\x22 fill=\x22none\x22\
 stroke=\x22#d94f3d\
\x22 stroke-width=\x22\
1.6\x22/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x07\
\x09\x5c\x03@\
\x00b\
\x00o\x00d\x00y\x00m\x00a\x00p\
\x00\x06\
\x06\x8a\x9c\xb3\
\x00a\
\x00s\x00s\x00e\x00t\x00s\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x05\
\x00s\x05\xc8\
\x00l\
\x00i\x00n\x00u\x00x\
\x00\x1b\
\x06\xd00 \
\x00o\
\x00r\x00g\x00.\x00b\x00o\x00d\x00y\x00m\x00a\x00p\x00.\x00B\x00o\x00d\x00y\x00M\
\x00a\x00p\x00.\x00d\x00e\x00s\x00k\x00t\x00o\x00p\
\x00\x0b\
\x03Q\xe2\xc7\
\x00b\
\x00o\x00d\x00y\x00m\x00a\x00p\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\
\x00\x00\x00\x14\x00\x02\x00\x00\x00\x02\x00\x00\x00\x03\
\x00\x00\x00&\x00\x02\x00\x00\x00\x01\x00\x00\x00\x06\
\x00\x00\x006\x00\x02\x00\x00\x00\x01\x00\x00\x00\x05\
\x00\x00\x00F\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x82\x00\x00\x00\x00\x00\x01\x00\x00\x01\x16\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
