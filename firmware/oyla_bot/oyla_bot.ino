// Oyla robot firmware for an Arduino Uno (ATmega328P): robot line protocol v1, see docs/protocol.md.
//
// Type commands in the Serial Monitor (115200 baud, "Newline"): HELLO, PING, DRIVE 150 150, STOP,
// SERVO 0 45, LED 255 0 0, BEEP 440 300, STATUS, WATCHDOG 1000. Kit and pins: config.h.
//
// Timers: Timer0 = millis() and the motor PWM on pins 5/6, Timer1 = servo pulses, Timer2 = tone().
// Every function is defined before it is used, so this builds with or without the IDE's prototypes.

#include <Arduino.h>
#include <avr/sleep.h>
#include "config.h"

#define FIRMWARE_VERSION "1.0.0"
#define MAX_LINE 48           // characters before the newline
#define MAX_WORDS 8           // more words than any command takes: the rest is counted, not stored
#define SERVO_COUNT 4
#define SERVO_FRAME_TICKS 40000  // 20 ms in Timer1 ticks of 0.5 us

#if OYLA_KIT == KIT_CAR
#define KIT_TEXT "kit=car caps=drive,servo,led,beep"
#elif OYLA_KIT == KIT_ARM
#define KIT_TEXT "kit=arm caps=servo,led,beep"
#else
#define KIT_TEXT "kit=lights caps=led,beep"
#endif

// ---------------------------------------------------------------------------------------------------
// Outputs and their state (STATUS reports these)

int speedLeft = 0;
int speedRight = 0;
uint8_t servoAngle[SERVO_COUNT];
uint8_t ledColour[3];
uint16_t watchdogMs = 500;
unsigned long watchdogFedAt = 0;
bool watchdogStopped = false;

const uint8_t servoPins[SERVO_COUNT] = {PIN_SERVO0, PIN_SERVO1, PIN_SERVO2, PIN_SERVO3};
volatile uint8_t *servoPort[SERVO_COUNT];
uint8_t servoMask[SERVO_COUNT];
volatile uint16_t servoTicks[SERVO_COUNT];
volatile int8_t servoNext = -1;  // the servo whose pulse is running; -1 while waiting for the next frame

// One motor. Positive speed = forwards. L298N: DIR1/DIR2 pick the direction, PWM the speed (0 = coast).
// L9110: DIR1 low and PWM = speed forwards; DIR1 high and PWM inverted backwards.
void setMotor(uint8_t pwmPin, uint8_t dir1, uint8_t dir2, int speed, bool reversed) {
  if (reversed) speed = -speed;
  uint8_t duty = speed < 0 ? -speed : speed;
#if MOTOR_DRIVER == DRIVER_L9110
  (void)dir2;
  digitalWrite(dir1, speed < 0 ? HIGH : LOW);
  analogWrite(pwmPin, speed < 0 ? 255 - duty : duty);
#else
  digitalWrite(dir1, speed > 0 ? HIGH : LOW);
  digitalWrite(dir2, speed < 0 ? HIGH : LOW);
  analogWrite(pwmPin, duty);
#endif
}

void drive(int left, int right) {
  speedLeft = left;
  speedRight = right;
  setMotor(PIN_LEFT_PWM, PIN_LEFT_DIR1, PIN_LEFT_DIR2, left, LEFT_REVERSED);
  setMotor(PIN_RIGHT_PWM, PIN_RIGHT_DIR1, PIN_RIGHT_DIR2, right, RIGHT_REVERSED);
  digitalWrite(PIN_STATUS_LED, (left != 0 || right != 0) ? HIGH : LOW);
}

void stopOutputs() {  // STOP and the watchdog: wheels and buzzer off; servos and LED keep their state
  drive(0, 0);
  noTone(PIN_BUZZER);
}

// Servo pulses: one servo after the other, each pulse ended by a Timer1 compare interrupt, then the
// rest of the 20 ms frame. Pins are set through their port registers (digitalWrite is slow in an ISR).
ISR(TIMER1_COMPA_vect) {
  if (servoNext < 0) {
    TCNT1 = 0;  // a new frame starts
  } else {
    *servoPort[servoNext] &= ~servoMask[servoNext];
  }
  servoNext++;
  if (servoNext < SERVO_COUNT) {
    OCR1A = TCNT1 + servoTicks[servoNext];
    *servoPort[servoNext] |= servoMask[servoNext];
  } else {
    uint16_t now = TCNT1 + 16;
    OCR1A = now < SERVO_FRAME_TICKS ? SERVO_FRAME_TICKS : now;
    servoNext = -1;
  }
}

void setServo(uint8_t index, uint8_t angle) {
  uint16_t us = SERVO_MIN_US + (uint32_t)angle * (SERVO_MAX_US - SERVO_MIN_US) / 180;
  servoAngle[index] = angle;
  noInterrupts();
  servoTicks[index] = us * 2;
  interrupts();
}

void startServos() {
  for (uint8_t i = 0; i < SERVO_COUNT; i++) {
    pinMode(servoPins[i], OUTPUT);
    servoPort[i] = portOutputRegister(digitalPinToPort(servoPins[i]));
    servoMask[i] = digitalPinToBitMask(servoPins[i]);
    setServo(i, SERVO_START_ANGLE);
  }
  noInterrupts();
  TCCR1A = 0;            // normal mode (the Arduino core set 8-bit PWM)
  TCCR1B = _BV(CS11);    // 16 MHz / 8 = 0.5 us per tick
  TCNT1 = 0;
  OCR1A = 100;
  TIFR1 = _BV(OCF1A);
  TIMSK1 = _BV(OCIE1A);
  interrupts();
}

void setLed(uint8_t r, uint8_t g, uint8_t b) {
  ledColour[0] = r;
  ledColour[1] = g;
  ledColour[2] = b;
  digitalWrite(PIN_LED_RED, (r >= 128) != LED_COMMON_ANODE ? HIGH : LOW);
  digitalWrite(PIN_LED_GREEN, (g >= 128) != LED_COMMON_ANODE ? HIGH : LOW);
  digitalWrite(PIN_LED_BLUE, (b >= 128) != LED_COMMON_ANODE ? HIGH : LOW);
}

// ---------------------------------------------------------------------------------------------------
// Replies

void replyError(const __FlashStringHelper *code) {
  Serial.print(F("ERR "));
  Serial.println(code);
}

void replyRange(uint8_t argument) {  // argument counts from 1
  Serial.print(F("ERR RANGE "));
  Serial.println(argument);
}

void replyStatus() {
  Serial.print(F("OK left="));
  Serial.print(speedLeft);
  Serial.print(F(" right="));
  Serial.print(speedRight);
  Serial.print(F(" servo="));
  for (uint8_t i = 0; i < SERVO_COUNT; i++) {
    if (i) Serial.print(',');
    Serial.print(servoAngle[i]);
  }
  Serial.print(F(" led="));
  for (uint8_t i = 0; i < 3; i++) {
    if (i) Serial.print(',');
    Serial.print(ledColour[i]);
  }
  Serial.print(F(" wd="));
  Serial.print(watchdogMs);
  Serial.print(F(" stopped="));
  Serial.println(watchdogStopped ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------
// Commands

// A whole number: optional '-', then digits. Big values saturate (they fail the range check later).
bool parseNumber(const char *word, long *value) {
  bool negative = *word == '-';
  if (negative) word++;
  if (!*word) return false;
  long result = 0;
  for (; *word; word++) {
    if (*word < '0' || *word > '9') return false;
    if (result < 100000L) result = result * 10 + (*word - '0');
  }
  *value = negative ? -result : result;
  return true;
}

bool inRange(long value, long low, long high) {
  return value >= low && value <= high;
}

// Runs one checked command; returns false (after replying ERR) when the arguments are wrong.
// Order of checks: argument count and whole numbers first (ERR ARGS), then each range left to right.
bool runCommand(const char *name, char **args, uint8_t count) {
  long v[3] = {0, 0, 0};
  uint8_t wanted;
  if (!strcasecmp_P(name, PSTR("HELLO")) || !strcasecmp_P(name, PSTR("PING")) ||
      !strcasecmp_P(name, PSTR("STOP")) || !strcasecmp_P(name, PSTR("STATUS"))) {
    wanted = 0;
  } else if (!strcasecmp_P(name, PSTR("DRIVE")) || !strcasecmp_P(name, PSTR("SERVO")) ||
             !strcasecmp_P(name, PSTR("BEEP"))) {
    wanted = 2;
  } else if (!strcasecmp_P(name, PSTR("LED"))) {
    wanted = 3;
  } else if (!strcasecmp_P(name, PSTR("WATCHDOG"))) {
    wanted = 1;
  } else {
    Serial.print(F("ERR UNKNOWN "));
    Serial.println(name);
    return false;
  }
  bool numbers = true;
  for (uint8_t i = 0; i < count && i < MAX_WORDS - 1; i++) {
    long ignored;
    if (!parseNumber(args[i], i < 3 ? &v[i] : &ignored)) numbers = false;
  }
  if (!numbers || count != wanted) {
    replyError(F("ARGS"));
    return false;
  }

  if (!strcasecmp_P(name, PSTR("HELLO"))) {
    Serial.println(F("OK OYLA proto=1 fw=" FIRMWARE_VERSION " " KIT_TEXT));
  } else if (!strcasecmp_P(name, PSTR("PING"))) {
    Serial.println(F("OK PONG"));
  } else if (!strcasecmp_P(name, PSTR("STOP"))) {
    stopOutputs();
    Serial.println(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("STATUS"))) {
    replyStatus();
  } else if (!strcasecmp_P(name, PSTR("DRIVE"))) {
    for (uint8_t i = 0; i < 2; i++) {
      if (!inRange(v[i], -255, 255)) {
        replyRange(i + 1);
        return false;
      }
    }
    drive(v[0], v[1]);
    watchdogStopped = false;
    Serial.println(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("SERVO"))) {
    if (!inRange(v[0], 0, SERVO_COUNT - 1)) {
      replyRange(1);
      return false;
    }
    if (!inRange(v[1], 0, 180)) {
      replyRange(2);
      return false;
    }
    setServo(v[0], v[1]);
    Serial.println(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("LED"))) {
    for (uint8_t i = 0; i < 3; i++) {
      if (!inRange(v[i], 0, 255)) {
        replyRange(i + 1);
        return false;
      }
    }
    setLed(v[0], v[1], v[2]);
    Serial.println(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("BEEP"))) {
    if (v[0] != 0 && !inRange(v[0], 50, 5000)) {
      replyRange(1);
      return false;
    }
    if (!inRange(v[1], 1, 2000)) {
      replyRange(2);
      return false;
    }
    if (v[0] == 0) {
      noTone(PIN_BUZZER);
    } else {
      tone(PIN_BUZZER, v[0], v[1]);
    }
    Serial.println(F("OK"));
  } else {  // WATCHDOG
    if (!inRange(v[0], 100, 5000)) {
      replyRange(1);
      return false;
    }
    watchdogMs = v[0];
    Serial.println(F("OK"));
  }
  return true;
}

// Splits a checked line into words at spaces and runs it. A line of only spaces gets no reply.
void runLine(char *line) {
  char *words[MAX_WORDS];
  uint8_t count = 0;
  char *p = line;
  while (*p) {
    while (*p == ' ') *p++ = '\0';
    if (!*p) break;
    if (count < MAX_WORDS) words[count] = p;
    count++;
    while (*p && *p != ' ') p++;
  }
  if (count == 0) return;
  if (runCommand(words[0], words + 1, count - 1)) watchdogFedAt = millis();
}

// ---------------------------------------------------------------------------------------------------
// Line reader: never blocks; holds at most MAX_LINE characters. "\r" is ignored, "\n" ends a line.

char lineBuffer[MAX_LINE + 1];
uint8_t lineLength = 0;
bool lineBad = false;   // a byte outside printable ASCII arrived: the line answers ERR BADCHAR
bool lineLong = false;  // more than MAX_LINE characters arrived: the line answers ERR TOOLONG

void readByte(uint8_t c) {
  if (c == '\n') {
    if (lineBad) {
      replyError(F("BADCHAR"));
    } else if (lineLong) {
      replyError(F("TOOLONG"));
    } else {
      lineBuffer[lineLength] = '\0';
      runLine(lineBuffer);
    }
    lineLength = 0;
    lineBad = false;
    lineLong = false;
  } else if (c == '\r') {
    return;
  } else if (c < 0x20 || c > 0x7E) {
    lineBad = true;
  } else if (lineLength < MAX_LINE) {
    lineBuffer[lineLength++] = c;
  } else {
    lineLong = true;
  }
}

// ---------------------------------------------------------------------------------------------------

void checkWatchdog() {
  if (!watchdogStopped && millis() - watchdogFedAt >= watchdogMs) {
    stopOutputs();
    watchdogStopped = true;
    Serial.println(F("! WATCHDOG"));
  }
}

void setup() {
  pinMode(PIN_LEFT_PWM, OUTPUT);
  pinMode(PIN_LEFT_DIR1, OUTPUT);
  pinMode(PIN_LEFT_DIR2, OUTPUT);
  pinMode(PIN_RIGHT_PWM, OUTPUT);
  pinMode(PIN_RIGHT_DIR1, OUTPUT);
  pinMode(PIN_RIGHT_DIR2, OUTPUT);
  pinMode(PIN_LED_RED, OUTPUT);
  pinMode(PIN_LED_GREEN, OUTPUT);
  pinMode(PIN_LED_BLUE, OUTPUT);
  pinMode(PIN_BUZZER, OUTPUT);
  pinMode(PIN_STATUS_LED, OUTPUT);
  drive(0, 0);
  setLed(0, 0, 0);
  startServos();
  Serial.begin(115200);
  Serial.println(F("! BOOT OYLA 1"));
  watchdogFedAt = millis();
}

void loop() {
  while (Serial.available() > 0) {
    readByte(Serial.read());
  }
  checkWatchdog();
  // Idle until the next interrupt: a received byte, or millis()' timer at the latest (every 1.024 ms). Timers,
  // PWM, servo pulses, tone() and the UART keep running. Saves power, and makes the simulator ~10x cheaper.
  set_sleep_mode(SLEEP_MODE_IDLE);
  sleep_mode();
}
