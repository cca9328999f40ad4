"""English phrase banks (same structure as ``ru``). English-speaking customers of Ladoga Telecom
are mostly expats and visitors in Russia, so amounts are in roubles and addresses are Russian."""

TOPICS = {
    "order_delivery": {
        "queue": "en_support",
        "bot_intent": ["where is my order", "delivery", "order status"],
        "fix_poor": [
            "It's in transit. Please wait.",
            "We don't handle couriers, you need to contact the delivery company yourself.",
            "I've raised a ticket with back office. Can't give you a timeline.",
            "Not my department, sorry. Use the form on the website.",
        ],
        "angry": ["I took a day off work to wait for this courier!", "This is the third time you've rescheduled. Unacceptable."],
        "scenarios": [
            {
                "subjects": ["Where is my order {order}?", "Courier never showed up", "Delivery delay"],
                "open": [
                    "Hi, my order {order} was supposed to arrive on {date_en} and it still hasn't. Nobody called me.",
                    "Hi there, I stayed home all day waiting for the courier and nobody came. Order {order}.",
                ],
                "qa": [["Could you please confirm the phone number you used when placing the order?", ["{phone_fmt}", "it's {phone_fmt}"]]],
                "fix": [
                    "Thank you. I've checked: the parcel got stuck at the sorting centre and was handed to a courier this morning. It will be delivered tomorrow, {next_date_en}, between 10:00 and 14:00, and the courier will call an hour before. Your reference is {ticket}. If it doesn't arrive by 15:00, I'll call you myself.",
                    "Your order is with the courier now and will arrive today before 21:00. I've sent you a text with a live tracking link.",
                ],
                "repeat": ["Writing again about order {order}. You promised it yesterday and nothing came."],
            },
            {
                "subjects": ["Order {order} marked delivered but not received"],
                "open": ["Hello. I ordered a {device_en} from your online shop ({order}). The tracking page says 'delivered' but I never got it."],
                "qa": [["Was it courier delivery or a pickup point?", ["pickup point", "Pickup point near my flat, on {store}."]]],
                "fix": ["The 'delivered' status was set by mistake; the parcel is still at the pickup point. I've arranged home delivery for {next_date_en} before 18:00 at no extra cost, and added 300 bonus points to your account for the trouble. Reference {ticket}."],
                "repeat": ["Still no sign of order {order}, and it still says delivered."],
            },
        ],
    },
    "payment_charges": {
        "queue": "en_support",
        "bot_intent": ["double charge", "unknown charge", "payment"],
        "fix_poor": ["Billing shows the charge as correct.", "That's not our fault, talk to your bank.", "I've opened a billing ticket, it can take up to 30 days."],
        "angry": ["You're literally taking money from my account without permission!", "This is the second month in a row."],
        "scenarios": [
            {
                "subjects": ["Double charge on my card", "Autopay charged me twice"],
                "open": ["Hi, I was charged {amount} RUB twice for {month_en}. Can you check please?", "My autopay went through twice, card {card} was charged two times."],
                "qa": [["Could you tell me the date of the payments and the last four digits of the card?", ["card ending {card4}, two payments on {date_en}", "{date_en}, card ending {card4}"]]],
                "fix": ["Thanks. The second payment was indeed a duplicate caused by an autopay error. I've issued a refund of {amount} RUB to your card ending {card4}; it will arrive within 3–5 business days. Reference {ticket}."],
                "repeat": ["I'm still waiting for the refund of {amount} RUB you promised.", "The double charge happened again."],
            },
            {
                "subjects": ["Unknown charge of {amount} RUB"],
                "open": ["Hello, there's a charge of {amount} roubles on my card that I don't recognise."],
                "qa": [["Could you give me the phone number or account number the charge relates to?", ["number {phone_fmt}", "account {account}"]]],
                "fix": ["That's a one-off fee for the 'Social Unlimited' add-on, activated on {date_en} by a text to a short number. I've removed the add-on, refunded {amount} RUB to your balance and blocked paid subscriptions on your line so it can't happen again."],
                "repeat": ["I was charged for that add-on again."],
            },
            {
                "subjects": ["Paid but internet disconnected"],
                "open": ["I paid my bill in the app, the money left my card but my balance is negative and the internet is off."],
                "qa": [["Could you tell me roughly when you paid, and your account number?", ["this morning around 9, account {account}", "around 10am, number {phone_fmt}"]]],
                "fix": ["The payment reached us late because of maintenance at the partner bank. It's on your balance now and your internet will be back within 10 minutes. If it isn't, restart the router and message me."],
                "repeat": ["My payment still hasn't shown up and I'm still offline."],
            },
        ],
    },
    "refund_return": {
        "queue": "en_support",
        "bot_intent": ["refund", "return an item"],
        "fix_poor": ["Refunds take up to 30 days, please wait.", "We sent the money, it's your bank's problem now.", "Back office handles that, I can't do anything."],
        "angry": ["Two weeks and no refund. I'll take this to consumer protection.", "You took the item back and kept my money."],
        "scenarios": [
            {
                "subjects": ["Refund not received", "Refund for order {order}"],
                "open": ["Hi, I returned a {device_en} on {date_en} and I still haven't received my refund.", "The app says 'refund approved' for {order} but there's no money on my card."],
                "qa": [["Could you give me the order number and the card you paid with?", ["{order}, paid with card {card}", "order {order}, card ending {card4}"]]],
                "fix": ["I've checked: the refund for {order} was approved but got stuck with the acquiring bank. I've resubmitted it; {amount} RUB will reach your card ending {card4} within 5 business days, by {deadline_en} at the latest. Reference {ticket}."],
                "repeat": ["Still no refund for {order}.", "You said 5 days, it's been longer. Where is my money?"],
            },
            {
                "subjects": ["Return request"],
                "open": ["Hello, I'd like to return my order {order}, it's unopened. How do I do that?"],
                "qa": [["When did you receive it?", ["on {date_en}", "{date_en}, still sealed"]]],
                "fix": ["Unopened items can be returned within 14 days, so you're fine. I've booked a courier pickup for {next_date_en} between 12:00 and 16:00; the refund follows within 10 days after inspection. Reference {ticket}."],
                "repeat": ["The courier never came to collect my return."],
            },
        ],
    },
    "product_defect": {
        "queue": "en_support",
        "bot_intent": ["faulty device", "warranty"],
        "fix_poor": ["Take it to the manufacturer's service centre.", "You probably dropped it. Warranty doesn't cover that.", "Raised an L2 ticket, someone will contact you."],
        "angry": ["I paid {amount} roubles for this and it broke in a week!", "I want a replacement, not a repair."],
        "scenarios": [
            {
                "subjects": ["Faulty {phone_model_en}", "Defective item, order {order}"],
                "open": ["Hi, the {phone_model_en} I bought from you stopped charging after a week. Order {order}.", "The {phone_model_en} arrived with a cracked screen, the box was intact."],
                "qa": [["Has the device been dropped or exposed to water?", ["No, never dropped it, it's always in a case", "no"]]],
                "fix": ["Since the fault appeared within 15 days, you're entitled to a replacement. I've arranged an exchange: a courier will bring a new device on {next_date_en} and collect the faulty one, free of charge. Reference {ticket}."],
                "repeat": ["Where is the replacement you promised?"],
            },
            {
                "subjects": ["Router keeps rebooting", "Warranty claim"],
                "open": ["Hello, the router you gave me keeps rebooting by itself."],
                "qa": [["Have you tried a factory reset?", ["yes, reset it twice, no luck", "Yes, no change."]]],
                "fix": ["I've booked a technician for {next_date_en}, 9:00–13:00. They'll bring a new router and set it up; it's covered by warranty. Reference {ticket}."],
                "repeat": ["The technician never came to replace my router."],
            },
        ],
    },
    "technical_problem": {
        "queue": "en_support",
        "bot_intent": ["internet not working", "no signal", "slow internet"],
        "fix_poor": ["Restart your router.", "Everything is fine on our side, it's your equipment.", "Escalated to L2, wait for a call.", "I'm not technical, call tech support."],
        "angry": ["I pay every month and I've had no internet for two days!", "If this isn't fixed today I'm switching to MTS.", "Do you realise I have no connection at all?"],
        "scenarios": [
            {
                "subjects": ["Internet down", "No internet since this morning"],
                "open": ["Hi, my home internet has been down since this morning. I restarted the router, the internet light is off.", "Hello, no internet for two days now! Address {address}."],
                "qa": [["Which lights are on on the router?", ["power and wifi are on, the globe one is off", "everything except WAN"]], ["Could you give me the installation address or account number?", ["{address}, account {account}", "account {account}"]]],
                "fix": [
                    "Thanks. There's an outage affecting your building and engineers are on site. Estimated fix: today by 18:00. We'll credit you for the downtime automatically. Incident reference {ticket}.",
                    "It looks like a cable fault in your building. I've booked a technician for {next_date_en}, 10:00–14:00; they'll call an hour before. No charge. Reference {ticket}.",
                ],
                "repeat": ["Internet is down again. You said it would be fixed yesterday.", "The technician never came and I still have no internet."],
            },
            {
                "subjects": ["Very slow internet", "Internet keeps dropping"],
                "open": ["Internet speed dropped to 2 Mbps, I'm paying for 500. I work from home, this is a real problem.", "Internet keeps dropping every 10-15 minutes."],
                "qa": [["Is it all devices or just one?", ["all devices, phone and laptop", "all of them"]]],
                "fix": ["The line looks fine on our side but your port needed a reset. I've reset it; please switch the router off for 30 seconds and back on. You should get full speed within 2–3 minutes."],
                "repeat": ["Still slow, nothing changed after the reset."],
            },
            {
                "subjects": ["No mobile signal"],
                "open": ["My phone has no signal, it only says 'SOS only'. I tried the SIM in another phone, same thing."],
                "qa": [["Which number has no signal?", ["{phone_fmt}"]]],
                "fix": ["I've refreshed your SIM profile. Please restart your phone, the network should come back within 5 minutes."],
                "repeat": ["No signal again today."],
            },
        ],
    },
    "account_access": {
        "queue": "en_support",
        "bot_intent": ["can't log in", "password reset", "no sms code"],
        "fix_poor": ["Reinstall the app.", "Use the reset form on the website, I don't have access to your account.", "Visit an office with your passport."],
        "angry": ["I can't even pay my bill because I can't log in!"],
        "scenarios": [
            {
                "subjects": ["Can't log in", "Account locked"],
                "open": ["Hi, I can't log into my account, it says wrong password and the reset link never arrives.", "The app locked me out after three attempts. What now?"],
                "qa": [["To unlock the account I need to verify you: could you give me your passport number as in the contract?", ["passport {passport_en}", "{passport_en}"]]],
                "fix": ["Thank you, verified. I've unlocked the account and sent a password reset link to {email}; it's valid for 24 hours. Could you try logging in now? I'll wait."],
                "repeat": ["Still can't log in. The link never came."],
            },
            {
                "subjects": ["Not receiving SMS code"],
                "open": ["I'm not getting the SMS code to log into the app, tried five times."],
                "qa": [["Which phone number should the code go to?", ["{phone_fmt}"]]],
                "fix": ["There was a block on SMS from short numbers on your line. I've removed it; request the code again and it should arrive within a minute."],
                "repeat": ["The SMS code still doesn't arrive."],
            },
        ],
    },
    "tariff_pricing": {
        "queue": "en_support",
        "bot_intent": ["tariffs", "change plan", "price"],
        "fix_poor": ["All plans are on the website.", "The price change is a company decision, nothing I can do.", "Marketing decides that, not me."],
        "angry": ["You promised a fixed price! This is a bait and switch."],
        "scenarios": [
            {
                "calm": True,
                "subjects": ["Change of plan", "Cheaper plan"],
                "open": ["Hi, I'd like a cheaper plan, I barely use mobile data."],
                "qa": [["Roughly how many GB and minutes do you use a month?", ["about 5 GB, few calls", "mostly calls, hardly any data"]]],
                "fix": ["The 'Ladoga Lite' plan would suit you: 300 minutes and 10 GB for 390 RUB a month, 260 RUB less than now. Switching is free and it starts on {next_date_en}. Shall I switch you?"],
                "repeat": ["I changed plans yesterday but I was still billed the old price."],
            },
            {
                "subjects": ["Price increase"],
                "open": ["Why did my {tariff} plan get more expensive in November? I was told the price was fixed."],
                "qa": [["Which number is the plan on?", ["{phone_fmt}"]]],
                "fix": ["The price changed on 1 November for all customers on {tariff}; the notice went out by SMS. I understand the frustration. As a goodwill gesture I can apply a 20% discount for 3 months starting today. Shall I apply it?"],
                "repeat": ["The discount you promised isn't on my bill."],
            },
        ],
    },
    "cancellation": {
        "queue": "en_support",
        "bot_intent": ["cancel contract", "port my number"],
        "fix_poor": ["Cancellations only in an office with your passport.", "Submit a written request, we'll review it within 30 days.", "That's the retention team, not me."],
        "angry": ["Why can't I cancel online when I signed up online?"],
        "scenarios": [
            {
                "subjects": ["Cancel my contract", "Cancellation request"],
                "open": ["Hi, I'm leaving Russia next month and need to cancel my home internet contract."],
                "qa": [["Could you give me the account number and installation address?", ["account {account}, {address}"]]],
                "fix": ["Understood. I've submitted the cancellation effective {next_date_en}, reference {ticket}. You can keep the router. Any remaining balance will be refunded to your card within 10 days after closing."],
                "repeat": ["I cancelled yesterday and you charged me again today."],
            },
            {
                "calm": True,
                "subjects": ["Cancel TV package"],
                "open": ["Please cancel my TV package, we never use it."],
                "qa": [["Just to confirm: only the TV, and keep the internet?", ["just the TV, keep the internet", "yes, only TV"]]],
                "fix": ["Done: the TV package is removed from tomorrow and your monthly fee drops by 350 RUB. You can return the set-top box at any store free of charge."],
                "repeat": ["The TV is still on my bill."],
            },
            {
                "subjects": ["Porting my number"],
                "open": ["I want to port my number to another operator, what do I need to do?"],
                "qa": [["May I ask why you're leaving? Maybe I can help.", ["the signal at home is terrible", "cheaper offer elsewhere"]]],
                "fix": ["Sorry to hear that. You apply at the new operator's store with your passport; porting takes up to 8 days and your number keeps working throughout. You have no outstanding balance, so nothing blocks the transfer."],
                "repeat": ["The port-out request was rejected, why?"],
            },
        ],
    },
    "staff_behaviour": {
        "queue": "en_support",
        "bot_intent": ["complaint", "complain about staff"],
        "fix_poor": ["Complaints must be submitted in writing via the website.", "I can't answer for other staff.", "Maybe you misunderstood my colleague."],
        "angry": ["I want to speak to a manager. Now.", "I'll be reporting this to consumer protection."],
        "scenarios": [
            {
                "subjects": ["Complaint about your staff", "Rude support agent"],
                "open": ["I want to complain about one of your agents. He hung up on me in the middle of the call yesterday.", "Your chat agent told me 'I already explained' and closed the chat. Is this how you treat customers?"],
                "qa": [["Could you tell me the date and approximate time, so I can find the record?", ["{date_en}, around 5pm, from {phone_fmt}", "yesterday morning, didn't get his name"]]],
                "fix": ["I apologise on behalf of the company, that's not acceptable. The complaint has gone to the team lead and you'll get the outcome by email within 3 days. Reference {ticket}."],
                "repeat": ["I filed a complaint and nobody got back to me."],
            },
            {
                "subjects": ["Complaint about technician"],
                "open": ["The technician showed up two hours late, was rude and left without connecting anything."],
                "qa": [["Could you give me the installation address?", ["{address}"]]],
                "fix": ["I'm really sorry, that's not acceptable. I've logged complaint {ticket}; a team lead will review it and reply within 3 business days. I've also rebooked the installation for {next_date_en}, 10:00–12:00, with priority."],
                "repeat": ["The technician didn't come again."],
            },
        ],
    },
    "information_request": {
        "queue": "en_support",
        "bot_intent": ["question", "roaming", "esim", "opening hours"],
        "fix_poor": ["It's all on the website under Help.", "Check the website.", "No idea, ask in the store."],
        "angry": ["Why is it so hard to get a straight answer?"],
        "scenarios": [
            {"subjects": ["Roaming in Turkey"], "open": ["Hi, I'm travelling to Turkey for a week. How much is mobile data there?"],
             "qa": [["What's your phone number, so I can check your plan?", ["{phone_fmt}"]]],
             "fix": ["In Turkey the 'World Roaming' add-on gives you 5 GB for 7 days for 590 RUB; calls are 25 RUB/min. I can activate it now and it will start when you connect to a network there. Shall I?"],
             "repeat": ["Following up on my question from yesterday, the roaming add-on still isn't active."]},
            {"subjects": ["eSIM"], "open": ["Do you support eSIM? I'd like to switch my number to eSIM."],
             "qa": [["Which phone model do you have?", ["iPhone 14", "Pixel 8"]]],
             "fix": ["Yes, that model supports eSIM. Visit any store with your passport, it takes 10 minutes and is free."],
             "repeat": ["I switched to eSIM and now mobile data doesn't work."]},
            {"subjects": ["Store opening hours"], "open": ["What are the opening hours of your store at {store}?"], "qa": [],
             "fix": ["The store at {store} is open daily from 10:00 to 21:00."], "repeat": ["The store was closed at 8pm even though you said 9pm."]},
            {"subjects": ["Itemised bill"], "open": ["How can I get an itemised bill for last month?"], "qa": [],
             "fix": ["In the app go to 'Spending' → 'Itemised bill', choose the period, and the file is emailed to you within 15 minutes. It's free."],
             "repeat": ["The itemised bill never arrived by email."]},
            {"subjects": ["Contract in English"], "open": ["Hi! Is it possible to get a contract in English?"], "qa": [],
             "fix": ["Yes, we can provide a bilingual contract. I've requested one for you; it will be emailed to {email} within 2 business days."],
             "repeat": ["Still waiting for the English contract."]},
        ],
    },
}


BOT_OPEN = [
    "Hello! I'm Ladoga Telecom's virtual assistant. How can I help you today?",
    "Hi! I'm Lada, the virtual assistant. Please describe your question in a few words.",
]
BOT_ASK_PHONE = ["Please share the phone number or account number linked to your contract so the agent can find you faster."]
BOT_HANDOFF = [
    "Thanks! Transferring you to an agent. Average wait time is {wait_min} min.",
    "Connecting you to a specialist. Please stay in the chat.",
    "I can't solve this one myself, so I'm passing you to a human agent.",
]
SYS_JOIN = ["{agent} joined the chat", "Agent {agent} has joined the conversation"]
SYS_TRANSFER = ["Chat transferred to queue '{queue_title}'"]
SYS_CLOSED_AGENT = ["Agent ended the chat", "Conversation closed by agent"]
SYS_CLOSED_CUSTOMER = ["Customer left the chat", "Customer closed the chat window"]
SYS_CLOSED_TIMEOUT = ["Chat closed automatically after 15 minutes of inactivity"]
SYS_SURVEY = ["Satisfaction survey sent to the customer"]

CUST_HELLO = ["Hi", "Hello", "Hi there", "Good morning", "Hey", "Good evening"]
CUST_WAITING = ["Hello? Anyone there?", "How long do I have to wait?", "I've been waiting 15 minutes", "hello??"]
CUST_OK = ["ok", "yes", "sure", "alright", "yes please", "got it", "fine"]
CUST_THANKS = ["Thank you!", "thanks", "Great, thanks a lot", "Perfect, thank you", "That's working now, thanks!", "Cheers", "Thanks, that's really helpful"]
CUST_UNSATISFIED = ["That's it?", "So you can't do anything?", "That doesn't help me.", "I already tried that.", "And how long will that take?", "Great service, really."]
CUST_CONFIRM_YES = ["yes, all clear", "Yes, thanks", "yes", "yep, that's clear"]
CUST_MORE_NO = ["no, that's all", "No thanks", "Nothing else, thanks", "no"]
CUST_BYE = ["Bye", "Have a good day", "bye!", "You too"]
CUST_ANGRY = [
    "This is ridiculous!",
    "Why do I have to explain everything five times?",
    "Is anyone there competent?",
    "This is the worst customer service I've ever dealt with.",
]
CUST_THREAT = [
    "I'll take legal action, I've kept screenshots of everything.",
    "I'm filing a complaint with consumer protection.",
    "I'm switching to MTS, I've had enough.",
    "I want to speak to a manager.",
    "I'll leave a review everywhere I can.",
    "If this isn't fixed by tomorrow I'm cancelling my contract.",
]
PREV_CHANNEL_PREFIX = {
    "chat": ["I already wrote to you in chat yesterday.", "I contacted you in chat before and it didn't help."],
    "email": ["I sent you an email and didn't get a proper answer.", "I already emailed about this."],
    "call": ["I called the hotline and they told me to write here.", "I called yesterday and was promised a fix."],
}

AG_HELLO = ["Hi {name}!", "Hello {name}!", "Good morning {name}!", "Hi {name}, thanks for reaching out.", "Good evening {name}!"]
AG_HELLO_NONAME = ["Hello!", "Hi there!", "Good afternoon!"]
AG_INTRO = [
    "My name is {agent} from Ladoga Telecom support.",
    "This is {agent} from Ladoga Telecom, happy to help.",
    "I'm {agent}, Ladoga Telecom customer support.",
]
AG_THANKS_WAIT = ["Thanks for waiting.", "Sorry for the wait.", "Thank you for your patience."]
AG_HOLD = ["One moment while I check.", "Let me look into that, one minute.", "Checking now, this will take a couple of minutes."]
AG_EMPATHY = [
    "I completely understand how frustrating this is, {name}, and I'm sorry.",
    "I'm really sorry about this. Let me sort it out.",
    "You're absolutely right, this shouldn't have happened. Let's fix it.",
    "I'm sorry for the inconvenience, {name}. I'll help you with this.",
]
AG_CONFIRM = ["Is everything working now?", "Does that solve the issue?", "Could you check whether it's working now?"]
AG_MORE_HELP = ["Is there anything else I can help you with?", "Anything else I can do for you today?"]
AG_BYE = ["Thanks for contacting Ladoga Telecom, {name}. Have a great day!", "Thank you, {name}! Take care.", "Glad I could help. Have a lovely evening!"]
AG_MANAGER_GOOD = ["I've passed your case to the shift supervisor; they'll call you today before 19:00.", "A team lead will receive your complaint within the hour and call you back."]
AG_FOLLOWUP_GOOD = ["I can see your previous contact, {name}. Sorry it wasn't resolved the first time; I'll see it through now."]
AG_HELLO_POOR = ["Hello.", "Yes?", "What's the issue?", "hi"]
AG_ASK_POOR = ["Number?", "Account number.", "Details please."]
AG_ASK_ID_POLITE = ["Could you give me your account or phone number, please?"]
AG_RUDE = ["I already explained that.", "There's no need to shout.", "Please read what I wrote.", "Let me do my job.", "Calm down or I'll have to close the chat."]
AG_BLAME = ["That's not my department.", "That's not my fault.", "Call another department.", "Not a support issue.", "That's your router, not our problem."]
AG_JARGON = ["Ticket escalated to L2.", "Sent to back office, SLA is 72 hours.", "It's in billing, I don't have access.", "Case moved to tier 2, please wait."]
AG_BYE_POOR = ["Ok.", "Anything else?", "Bye.", "Please wait."]

EM_CUST_GREET = ["Hi,", "Hello,", "Dear Support,", "Hi there,", "Good morning,", ""]
EM_CUST_ASK = ["Please look into this.", "Looking forward to your reply.", "Please sort this out asap.", "Thanks in advance.", "I'd appreciate a quick response."]
EM_CUST_SIGNOFF = ["Best regards,\n{cust_full}", "{cust_first}", "Thanks,\n{cust_first}", "Kind regards,\n{cust_full}\n{phone_fmt}", "Cheers,\n{cust_first}"]
EM_CLIENT_SIG = ["Sent from my iPhone", "Get Outlook for Android", "Sent from my Galaxy", ""]
EM_CUST_THANKS = ["Thanks, that worked.", "Received, thank you for the quick help.", "All sorted now, thanks!", "The refund arrived, thank you."]
EM_CUST_NOT_SOLVED = [
    "Your reply doesn't solve anything. The problem is still there.",
    "Nothing has changed since your reply.",
    "This is a template answer. Please deal with my actual problem.",
    "Please forward this to a manager.",
]
EM_AG_GREET = ["Dear {name},", "Hello {name},", "Hi {name},"]
EM_AG_THANKS = ["Thank you for contacting Ladoga Telecom.", "Thanks for getting in touch.", "Thank you for your email and the details."]
EM_AG_MORE = ["If you have any other questions, just reply to this email.", "If anything else comes up, reply here and I'll take care of it."]
EM_AG_SIGN = "--\nKind regards,\n{agent_full}\nLadoga Telecom Customer Support\n+7 800 555-35-35 | ladoga-telecom.ru"
EM_AG_SIGN_POOR = ["--\nSupport", "Ladoga Telecom Support", ""]
EM_AUTOREPLY = (
    "Hello,\n\nYour request has been registered under number {ticket}. We will reply within 24 hours.\n"
    "This is an automatic message, please do not reply.\n\nLadoga Telecom"
)
EM_QUOTE_HEADERS = {
    "gmail": "On {dow_en}, {day} {month_en_short} {year} at {hhmm}, {from_name} <{from_addr}> wrote:",
    "iphone": "On {day} {month_en_short} {year}, at {hhmm}, {from_name} <{from_addr}> wrote:",
    "crm": "On {d2}/{m2}/{year} {hhmm}, {from_name} <{from_addr}> wrote:",
}
QUEUE_TITLES = {"en_support": "English support"}
EMOJI_GOOD = ["🙂", "👍", "🙏"]
EMOJI_BAD = ["😡", "🙄", "😤"]

CUST_AGREE = ["Yes please", "yes", "Sure, go ahead", "ok do it", "Yes, that works"]
CUST_WORKED = ["It worked, thanks!", "I'm in now", "yes, logged in"]
CUST_ID_ANSWER = ["{phone_fmt}", "account {account}", "it's {phone_fmt}"]
AG_DONE = [
    "Done, it's all set up. You'll get an SMS confirmation within 5 minutes.",
    "All done! The change takes effect as described and a confirmation text is on its way.",
    "Done. Your reference is {ticket}; the confirmation will be emailed to {email}.",
]

PREV_TODAY_PREFIX = {
    "chat": ["I already chatted with you this morning and it wasn't solved.", "I was on chat earlier today about this."],
    "email": ["I emailed you earlier today and the reply didn't help.", "I already wrote to you by email today."],
    "call": ["I already called your hotline today.", "I called earlier today and got nowhere."],
}

CUST_MORE_NO_UNHAPPY = ["no", "No.", "No, forget it.", "No. Bye."]
AG_SOFT_NOFIX = [
    "I can't see the cause on my side yet. I've passed it to the specialist team; you'll get an SMS with the answer within 2 business days. Reference {ticket}.",
    "This needs the specialist team, so I've raised request {ticket} for them marked urgent. They usually respond within a day.",
]
