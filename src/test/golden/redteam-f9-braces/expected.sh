#!/bin/sh
# plumb: redteam start
# from: start.plumb
set -eu
echo {"id":'a,b'}
