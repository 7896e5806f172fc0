#!/bin/sh
# posts the deploy result
curl -H "Authorization: Bearer ghp_0123456789abcdefghijABCDEFGHIJ0123456789" https://api.github.com/
SLACK_BOT=xoxb-1111111111-2222222222-abcdefghijklmnop
