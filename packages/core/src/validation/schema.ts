// The JSON Schema of performa/1 (docs/interchange-v1.schema.json; a test keeps the two identical).
export const interchangeSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "performa/1",
  "title": "Performa interchange document, version 1",
  "type": "object",
  "required": [
    "format",
    "entity",
    "periods",
    "objectives"
  ],
  "properties": {
    "format": {
      "const": "performa/1"
    },
    "entity": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "type": "string",
          "minLength": 1
        },
        "name": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "plan": {
      "type": "object",
      "properties": {
        "title": {
          "type": "string"
        },
        "years": {
          "type": "array",
          "items": {
            "type": "integer"
          }
        },
        "act": {
          "type": "string"
        },
        "id": {
          "$ref": "#/$defs/id"
        }
      }
    },
    "methodology": {
      "$ref": "#/$defs/methodology"
    },
    "periods": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/period"
      }
    },
    "units": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/unit"
      }
    },
    "perspectives": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/perspective"
      }
    },
    "objectives": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/objective"
      }
    },
    "indicators": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/indicator"
      }
    },
    "assignments": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/assignment"
      }
    },
    "measurements": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/measurement"
      }
    },
    "overrides": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/override"
      }
    },
    "scorecards": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/scorecard"
      }
    },
    "incentives": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/incentive"
      }
    },
    "monitoring": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/monitoringNote"
      }
    }
  },
  "$defs": {
    "id": {
      "type": "string",
      "minLength": 1
    },
    "date": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
    },
    "weight": {
      "type": [
        "number",
        "null"
      ],
      "minimum": 0
    },
    "fraction": {
      "type": "number",
      "minimum": 0
    },
    "period": {
      "type": "object",
      "required": [
        "id",
        "start",
        "end"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "start": {
          "$ref": "#/$defs/date"
        },
        "end": {
          "$ref": "#/$defs/date"
        },
        "year": {
          "$ref": "#/$defs/id"
        }
      }
    },
    "unit": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "name": {
          "type": "string"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ]
        },
        "kind": {
          "type": "string"
        }
      }
    },
    "perspective": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "name": {
          "type": "string"
        },
        "weight": {
          "$ref": "#/$defs/weight"
        },
        "members": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "objective"
            ],
            "properties": {
              "objective": {
                "$ref": "#/$defs/id"
              },
              "weight": {
                "$ref": "#/$defs/weight"
              }
            }
          }
        }
      }
    },
    "mix": {
      "type": "object",
      "required": [
        "indicators",
        "children"
      ],
      "properties": {
        "indicators": {
          "$ref": "#/$defs/fraction"
        },
        "children": {
          "$ref": "#/$defs/fraction"
        }
      }
    },
    "objective": {
      "type": "object",
      "required": [
        "id",
        "level",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "level": {
          "enum": [
            "area",
            "strategic",
            "operational",
            "project",
            "action"
          ]
        },
        "name": {
          "type": "string"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ]
        },
        "weight": {
          "$ref": "#/$defs/weight"
        },
        "perspective": {
          "type": [
            "string",
            "null"
          ]
        },
        "programme": {
          "type": [
            "string",
            "null"
          ]
        },
        "units": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/id"
          }
        },
        "mix": {
          "oneOf": [
            {
              "$ref": "#/$defs/mix"
            },
            {
              "type": "null"
            }
          ]
        },
        "description": {
          "type": "string"
        }
      }
    },
    "indicator": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "name": {
          "type": "string"
        },
        "code": {
          "type": "string"
        },
        "algorithm": {
          "type": "string"
        },
        "unit": {
          "type": "string"
        },
        "type": {
          "type": "string"
        },
        "source": {
          "type": "string"
        },
        "cumulative": {
          "type": "boolean"
        }
      }
    },
    "target": {
      "type": "object",
      "required": [
        "op"
      ],
      "properties": {
        "op": {
          "enum": [
            ">=",
            ">",
            "<=",
            "<",
            "=",
            "between",
            "by",
            "yes",
            "monitor"
          ]
        },
        "value": {
          "type": "number"
        },
        "min": {
          "type": "number"
        },
        "max": {
          "type": "number"
        },
        "date": {
          "$ref": "#/$defs/date"
        },
        "text": {
          "type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "op": {
                "enum": [
                  ">=",
                  ">",
                  "<=",
                  "<",
                  "="
                ]
              }
            }
          },
          "then": {
            "required": [
              "value"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "const": "between"
              }
            }
          },
          "then": {
            "required": [
              "min",
              "max"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "const": "by"
              }
            }
          },
          "then": {
            "required": [
              "date"
            ]
          }
        }
      ]
    },
    "assignment": {
      "type": "object",
      "required": [
        "objective",
        "indicator"
      ],
      "properties": {
        "objective": {
          "$ref": "#/$defs/id"
        },
        "indicator": {
          "$ref": "#/$defs/id"
        },
        "weight": {
          "$ref": "#/$defs/weight"
        },
        "targets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/target"
          }
        },
        "revisions": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "period",
              "previous"
            ],
            "properties": {
              "period": {
                "$ref": "#/$defs/id"
              },
              "previous": {
                "$ref": "#/$defs/target"
              },
              "reason": {
                "type": "string"
              },
              "act": {
                "type": "string"
              }
            }
          }
        }
      }
    },
    "measurement": {
      "type": "object",
      "required": [
        "indicator",
        "period"
      ],
      "properties": {
        "indicator": {
          "$ref": "#/$defs/id"
        },
        "period": {
          "$ref": "#/$defs/id"
        },
        "value": {
          "type": [
            "number",
            "string",
            "boolean",
            "null"
          ]
        },
        "status": {
          "enum": [
            "ND",
            "NC"
          ]
        },
        "numerator": {
          "type": "number"
        },
        "denominator": {
          "type": "number"
        },
        "note": {
          "type": "string"
        }
      }
    },
    "override": {
      "type": "object",
      "required": [
        "objective",
        "period",
        "score",
        "reason"
      ],
      "properties": {
        "objective": {
          "$ref": "#/$defs/id"
        },
        "indicator": {
          "$ref": "#/$defs/id"
        },
        "period": {
          "$ref": "#/$defs/id"
        },
        "score": {
          "$ref": "#/$defs/fraction"
        },
        "reason": {
          "type": "string",
          "minLength": 1
        },
        "by": {
          "type": "string"
        }
      }
    },
    "scorecardItem": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string"
        },
        "weight": {
          "$ref": "#/$defs/weight"
        },
        "objective": {
          "$ref": "#/$defs/id"
        },
        "indicator": {
          "$ref": "#/$defs/id"
        },
        "threshold": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "score": {
          "$ref": "#/$defs/fraction"
        },
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/scorecardItem"
          }
        },
        "id": {
          "$ref": "#/$defs/id"
        },
        "targets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/target"
          }
        }
      }
    },
    "scorecard": {
      "type": "object",
      "required": [
        "id",
        "holder",
        "items"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "holder": {
          "type": "string"
        },
        "role": {
          "type": "string"
        },
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/scorecardItem"
          }
        }
      }
    },
    "incentive": {
      "type": "object",
      "required": [
        "id",
        "amount",
        "rule",
        "basis"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "name": {
          "type": "string"
        },
        "amount": {
          "type": "number",
          "minimum": 0
        },
        "rule": {
          "enum": [
            "proportional",
            "all-or-nothing"
          ]
        },
        "basis": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/id"
          }
        },
        "threshold": {
          "$ref": "#/$defs/fraction"
        }
      }
    },
    "methodology": {
      "type": "object",
      "properties": {
        "interimTargets": {
          "enum": [
            "annual",
            "prorata"
          ]
        },
        "atLeast": {
          "enum": [
            "linear"
          ]
        },
        "atMost": {
          "enum": [
            "linear",
            "ratio"
          ]
        },
        "equals": {
          "enum": [
            "exact",
            "proportional"
          ]
        },
        "lateDeadline": {
          "oneOf": [
            {
              "const": "zero"
            },
            {
              "type": "object",
              "required": [
                "perDay"
              ],
              "properties": {
                "perDay": {
                  "type": "number",
                  "exclusiveMinimum": 0
                }
              }
            }
          ]
        },
        "floor": {
          "type": "number"
        },
        "cap": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "missing": {
          "enum": [
            "zero",
            "exclude"
          ]
        },
        "mix": {
          "$ref": "#/$defs/mix"
        },
        "tolerance": {
          "type": "object",
          "required": [
            "from"
          ],
          "properties": {
            "from": {
              "$ref": "#/$defs/fraction"
            },
            "appliesTo": {
              "enum": [
                "label",
                "score"
              ]
            }
          }
        },
        "entity": {
          "enum": [
            "areas",
            "perspectives"
          ]
        },
        "units": {
          "enum": [
            "operational",
            "all"
          ]
        },
        "verdicts": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "object",
            "required": [
              "from",
              "label"
            ],
            "properties": {
              "from": {
                "$ref": "#/$defs/fraction"
              },
              "label": {
                "type": "string"
              },
              "color": {
                "type": "string"
              }
            }
          }
        },
        "decimals": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6
        }
      }
    },
    "monitoringNote": {
      "type": "object",
      "required": [
        "period"
      ],
      "properties": {
        "period": {
          "$ref": "#/$defs/id"
        },
        "objective": {
          "$ref": "#/$defs/id"
        },
        "indicator": {
          "$ref": "#/$defs/id"
        },
        "by": {
          "type": "string"
        },
        "cause": {
          "type": "string"
        },
        "action": {
          "type": "string"
        },
        "proposal": {
          "$ref": "#/$defs/target"
        },
        "flags": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      }
    }
  }
} as const;
